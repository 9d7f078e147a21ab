//! The collaboration service's guarantees that clients cannot observe directly: one load per room however
//! many join at once, nothing left in memory once a room empties, and no change applied that was not stored.

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicUsize, Ordering},
};

use adapters_memory::{InMemoryRoomRepository, ManualClock};
use async_trait::async_trait;
use domain::{
    ClientKind, ConnectionId, DeclaredIdentity, DomainError, Participant, Room, RoomEvent, RoomId,
    Timestamp,
    error::RepositoryError,
    event::{JsonUpdateOutcome, RoomSnapshot},
    ports::{
        Broadcaster, DocumentSnapshot, LoggedUpdate, RoomRepository, StoredDocument, UpdateLog,
    },
    presence::{AwarenessPresence, AwarenessUser, Cursor, StickyCursor},
    services::{CollaborationService, Limits},
};

/// A store that counts reads and answers them slowly, so concurrent joins overlap the load.
struct SlowCountingStore {
    inner: InMemoryRoomRepository,
    finds: AtomicUsize,
}

#[async_trait]
impl RoomRepository for SlowCountingStore {
    async fn prepare(&self) -> Result<(), RepositoryError> {
        self.inner.prepare().await
    }
    async fn ping(&self) -> Result<(), RepositoryError> {
        self.inner.ping().await
    }
    async fn insert(&self, room: &Room) -> Result<(), RepositoryError> {
        self.inner.insert(room).await
    }
    async fn find(&self, id: &RoomId) -> Result<Option<Room>, RepositoryError> {
        self.finds.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        self.inner.find(id).await
    }
    async fn save_code(
        &self,
        id: &RoomId,
        code: &str,
        version: u64,
        at: Timestamp,
    ) -> Result<(), RepositoryError> {
        self.inner.save_code(id, code, version, at).await
    }
}

#[async_trait]
impl UpdateLog for SlowCountingStore {
    async fn append(&self, room: &RoomId, entries: &[LoggedUpdate]) -> Result<(), RepositoryError> {
        self.inner.append(room, entries).await
    }
    async fn load(&self, room: &RoomId) -> Result<StoredDocument, RepositoryError> {
        self.inner.load(room).await
    }
    async fn compact(
        &self,
        room: &RoomId,
        snapshot: &DocumentSnapshot,
    ) -> Result<(), RepositoryError> {
        self.inner.compact(room, snapshot).await
    }
    async fn logged_versions(&self) -> Result<Vec<(RoomId, u64)>, RepositoryError> {
        self.inner.logged_versions().await
    }
}

/// Records what the service asks the transport to do.
#[derive(Default)]
struct RecordingBroadcaster {
    snapshots: Mutex<Vec<(ConnectionId, RoomSnapshot)>>,
    events: Mutex<Vec<RoomEvent>>,
    subscribed: AtomicUsize,
}

impl Broadcaster for RecordingBroadcaster {
    type Subscriber = ();
    fn subscribe(&self, _room: &RoomId, connection: ConnectionId, (): (), snapshot: &RoomSnapshot) {
        self.subscribed.fetch_add(1, Ordering::SeqCst);
        self.snapshots
            .lock()
            .expect("lock")
            .push((connection, snapshot.clone()));
    }
    fn unsubscribe(&self, _room: &RoomId, _connection: ConnectionId) {
        self.subscribed.fetch_sub(1, Ordering::SeqCst);
    }
    fn publish(&self, _room: &RoomId, event: &RoomEvent) {
        self.events.lock().expect("lock").push(event.clone());
    }
}

/// How many changes of the document the service announced (joins and presence aside).
fn document_updates(service: &CollaborationService<RecordingBroadcaster>) -> usize {
    service
        .broadcaster()
        .events
        .lock()
        .expect("lock")
        .iter()
        .filter(|event| matches!(event, RoomEvent::Updated(_)))
        .count()
}

/// An anonymous JSON client's participant on connection `connection`.
fn json_participant(connection: u64) -> Participant {
    Participant::new(
        ConnectionId::new(connection),
        ClientKind::Json,
        Timestamp::from_millis(10),
        &DeclaredIdentity::default(),
        None,
    )
}

async fn service_with_room(
    code: &str,
) -> (
    Arc<CollaborationService<RecordingBroadcaster>>,
    Arc<SlowCountingStore>,
    RoomId,
) {
    let store = Arc::new(SlowCountingStore {
        inner: InMemoryRoomRepository::new(),
        finds: AtomicUsize::new(0),
    });
    let id = RoomId::parse("room0001").expect("valid");
    store
        .insert(&Room::new(id.clone(), Timestamp::from_millis(0)))
        .await
        .expect("insert");
    store
        .save_code(&id, code, 1, Timestamp::from_millis(1))
        .await
        .expect("save");
    let clock = Arc::new(ManualClock::new(Timestamp::from_millis(10)));
    let limits = Limits {
        unload_grace_ms: 0,
        ..Limits::default()
    };
    let service = CollaborationService::new(
        store.clone(),
        store.clone(),
        Arc::new(RecordingBroadcaster::default()),
        clock,
        limits,
    );
    (Arc::new(service), store, id)
}

#[tokio::test]
async fn concurrent_joiners_share_one_load_and_all_see_the_stored_code() {
    let (service, store, room) = service_with_room("loaded once").await;
    let joins = (0..20_u64).map(|n| {
        let (service, room) = (Arc::clone(&service), room.clone());
        tokio::spawn(async move { service.join(&room, json_participant(n), ()).await })
    });
    for join in joins {
        let snapshot = join.await.expect("task").expect("join");
        assert_eq!(&*snapshot.code, "loaded once");
    }
    assert_eq!(store.finds.load(Ordering::SeqCst), 1);
    assert_eq!(service.broadcaster().subscribed.load(Ordering::SeqCst), 20);
}

#[tokio::test]
async fn an_emptied_room_leaves_nothing_in_memory() {
    let (service, _store, room) = service_with_room("").await;
    service
        .join(&room, json_participant(1), ())
        .await
        .expect("join");
    service
        .join(&room, json_participant(2), ())
        .await
        .expect("join");
    service.leave(&room, ConnectionId::new(1)).await;
    assert_eq!(service.live_rooms(), 1);
    service.leave(&room, ConnectionId::new(2)).await;
    assert_eq!(service.live_rooms(), 0);
    assert_eq!(service.broadcaster().subscribed.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_failed_join_leaves_nothing_behind() {
    let (service, _store, _room) = service_with_room("").await;
    let missing = RoomId::parse("missing1").expect("valid");
    let error = service
        .join(&missing, json_participant(1), ())
        .await
        .expect_err("no such room");
    assert!(matches!(error, DomainError::RoomNotFound(_)));
    assert_eq!(service.live_rooms(), 0);
}

#[tokio::test]
async fn a_change_the_store_refused_is_neither_applied_nor_announced() {
    let (service, store, room) = service_with_room("before").await;
    service
        .join(&room, json_participant(1), ())
        .await
        .expect("join");
    store.inner.set_failing(true);
    let error = service
        .update_code(&room, ConnectionId::new(1), "after".into(), None, None)
        .await
        .expect_err("store down");
    assert!(matches!(error, DomainError::Storage(_)));
    assert_eq!(document_updates(&service), 0);
    // The document held an edit the log refused: it is rebuilt from the log, without it.
    assert_ne!(service.live_code(&room).await.as_deref(), Some("after"));
    store.inner.set_failing(false);
    let outcome = service
        .update_code(&room, ConnectionId::new(1), "after".into(), None, None)
        .await
        .expect("stored");
    assert_eq!(outcome, JsonUpdateOutcome::Accepted { version: 2 });
    assert_eq!(service.live_code(&room).await.as_deref(), Some("after"));
    assert_eq!(document_updates(&service), 1);
}

#[tokio::test]
async fn versions_advance_only_when_the_code_changes() {
    let (service, _store, room) = service_with_room("same").await;
    service
        .join(&room, json_participant(1), ())
        .await
        .expect("join");
    let unchanged = service
        .update_code(&room, ConnectionId::new(1), "same".into(), None, None)
        .await
        .expect("no-op");
    assert_eq!(unchanged, JsonUpdateOutcome::Accepted { version: 1 });
    let changed = service
        .update_code(&room, ConnectionId::new(1), "different".into(), None, None)
        .await
        .expect("update");
    assert_eq!(changed, JsonUpdateOutcome::Accepted { version: 2 });
    assert_eq!(document_updates(&service), 1);
}

#[tokio::test]
async fn a_connection_that_never_joined_cannot_update() {
    let (service, _store, room) = service_with_room("x").await;
    let error = service
        .update_code(&room, ConnectionId::new(9), "y".into(), None, None)
        .await
        .expect_err("not joined");
    assert!(matches!(error, DomainError::NotJoined(_)));
}

#[tokio::test]
async fn an_emptied_room_stays_for_the_grace_period_then_stores_its_code_and_unloads() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let room = RoomId::parse("graceful").expect("valid");
    store
        .insert(&Room::new(room.clone(), Timestamp::from_millis(0)))
        .await
        .expect("insert");
    let clock = Arc::new(ManualClock::new(Timestamp::from_millis(1_000)));
    let limits = Limits {
        unload_grace_ms: 10_000,
        code_flush_delay_ms: 60_000,
        ..Limits::default()
    };
    let service = CollaborationService::new(
        store.clone(),
        store.clone(),
        Arc::new(RecordingBroadcaster::default()),
        clock.clone(),
        limits,
    );
    service
        .join(&room, json_participant(1), ())
        .await
        .expect("join");
    service
        .update_code(&room, ConnectionId::new(1), "kept".into(), None, None)
        .await
        .expect("update");
    service.leave(&room, ConnectionId::new(1)).await;

    clock.advance(9_000);
    service.maintain().await;
    assert_eq!(service.live_rooms(), 1, "still within the grace period");
    assert_eq!(
        store.find(&room).await.expect("find").expect("room").code,
        "",
        "the flush delay has not passed"
    );

    clock.advance(1_000);
    service.maintain().await;
    assert_eq!(service.live_rooms(), 0, "unloaded after the grace period");
    let stored = store.find(&room).await.expect("find").expect("room");
    assert_eq!(
        (stored.code.as_str(), stored.version),
        ("kept", 1),
        "the code is stored exactly at unload"
    );
}

/// The cursor of `name` in the last presence list the service announced.
fn last_listed_cursor(
    service: &CollaborationService<RecordingBroadcaster>,
    name: &str,
) -> Option<Option<Cursor>> {
    let events = service.broadcaster().events.lock().expect("lock");
    events.iter().rev().find_map(|event| match event {
        RoomEvent::Presence(list) => Some(
            list.users
                .iter()
                .find(|view| view.participant.name == name)
                .and_then(|view| view.cursor),
        ),
        _ => None,
    })
}

#[tokio::test]
async fn a_yjs_cursor_that_is_not_renewed_expires_after_thirty_seconds() {
    let store = Arc::new(InMemoryRoomRepository::new());
    let room = RoomId::parse("presence").expect("valid");
    store
        .insert(&Room::new(room.clone(), Timestamp::from_millis(0)))
        .await
        .expect("insert");
    store
        .save_code(&room, "hello", 1, Timestamp::from_millis(0))
        .await
        .expect("code");
    let clock = Arc::new(ManualClock::new(Timestamp::from_millis(1_000)));
    let service = CollaborationService::new(
        store.clone(),
        store,
        Arc::new(RecordingBroadcaster::default()),
        clock.clone(),
        Limits::default(),
    );
    let yjs = Participant::new(
        ConnectionId::new(2),
        ClientKind::Yjs,
        Timestamp::from_millis(1_000),
        &DeclaredIdentity::default(),
        None,
    );
    service
        .join(&room, json_participant(1), ())
        .await
        .expect("join");
    service.join(&room, yjs, ()).await.expect("join");
    // The Yjs client's cursor: a relative position made on the room's text, as its editor makes it.
    let position: yrs::StickyIndex =
        serde_json::from_str(r#"{"type":null,"tname":"code","item":null,"assoc":0}"#).expect("end");
    let cursor = StickyCursor {
        anchor: position.clone(),
        head: position,
    };
    service.awareness_presence(
        &room,
        ConnectionId::new(2),
        &[AwarenessPresence {
            client_id: 77,
            state: Some(AwarenessUser {
                name: Some("Bob".into()),
                color: None,
                cursor: Some(cursor),
            }),
        }],
    );
    service.flush_presence().await;
    assert_eq!(
        last_listed_cursor(&service, "Bob"),
        Some(Some(Cursor { anchor: 5, head: 5 })),
        "the end of \"hello\""
    );
    clock.advance(29_000);
    service.flush_presence().await;
    assert_eq!(
        last_listed_cursor(&service, "Bob"),
        Some(Some(Cursor { anchor: 5, head: 5 }))
    );
    clock.advance(1_000);
    service.flush_presence().await;
    assert_eq!(last_listed_cursor(&service, "Bob"), Some(None), "expired");
}

/// Runs the same edits under `max_document_bytes`: a versioned client edits, others change the room around
/// it (one inserting above it, then several with texts of their own), and the versioned client carries on from
/// its own text. Returns the room's final text and the most the connections held meanwhile.
async fn edits_around_a_versioned_client(max_document_bytes: usize) -> (String, usize) {
    let store = Arc::new(InMemoryRoomRepository::new());
    let room = RoomId::parse("room0002").expect("valid");
    store
        .insert(&Room::new(room.clone(), Timestamp::from_millis(0)))
        .await
        .expect("insert");
    let limits = Limits {
        max_document_bytes,
        ..Limits::default()
    };
    let service = CollaborationService::new(
        store.clone(),
        store,
        Arc::new(RecordingBroadcaster::default()),
        Arc::new(ManualClock::new(Timestamp::from_millis(10))),
        limits,
    );
    for connection in 1..=8 {
        service
            .join(&room, json_participant(connection), ())
            .await
            .expect("join");
    }
    let filler = |tag: char| format!("{}\n", tag.to_string().repeat(700));
    // Someone writes first, so the versioned client's update (made on the empty text) is carried over it.
    service
        .update_code(&room, ConnectionId::new(8), "zero\n".into(), None, None)
        .await
        .expect("update");
    let versioned = ConnectionId::new(1);
    let own_text = format!("hello world\n{}", filler('v'));
    let first = service
        .update_code(&room, versioned, own_text.clone(), None, Some(0))
        .await
        .expect("first update");
    assert!(matches!(
        first,
        JsonUpdateOutcome::Merged { version: 2, .. }
    ));
    let mut most_held = 0;
    let mut room_text = service.live_code(&room).await.expect("loaded").to_string();
    for connection in 2..=8_u64 {
        // Each of the others writes a line of its own above what it last saw, and a filler of its own below.
        let tag = char::from(b'a' + u8::try_from(connection).expect("small"));
        let text = format!("line {connection}\n{room_text}{}", filler(tag));
        service
            .update_code(&room, ConnectionId::new(connection), text, None, None)
            .await
            .expect("update");
        room_text = service.live_code(&room).await.expect("loaded").to_string();
        most_held = most_held.max(service.client_memory_bytes(&room).await.expect("loaded"));
    }
    // The versioned client has applied nothing since: it names version 0 again and types on its own text.
    service
        .update_code(
            &room,
            versioned,
            own_text.replace("hello", "HELLO"),
            None,
            Some(0),
        )
        .await
        .expect("carried on from its own text");
    let code = service.live_code(&room).await.expect("loaded").to_string();
    (code, most_held)
}

#[tokio::test]
async fn what_json_connections_hold_is_bounded_and_letting_go_of_it_changes_no_merge() {
    // 8 KiB of document: the connections may hold 16 KiB; each text of this scenario is 1.4 to 5.6 KiB.
    let (bounded, held_bounded) = edits_around_a_versioned_client(8 * 1024).await;
    let (unbounded, held_unbounded) = edits_around_a_versioned_client(1024 * 1024).await;
    assert!(
        held_bounded <= 16 * 1024,
        "held {held_bounded} bytes, over twice the document limit"
    );
    assert!(
        held_unbounded > 16 * 1024,
        "the scenario holds more than the bound when nothing is let go ({held_unbounded})"
    );
    assert_eq!(
        bounded, unbounded,
        "the versioned client's text, rebuilt from the room's history, merges as the kept one did"
    );
    assert!(bounded.starts_with("line 8\nline 7\n"), "{bounded:.40}");
    assert_eq!(bounded.matches("zero\n").count(), 1, "{bounded:.200}");
    assert!(bounded.contains("HELLO world\n"));
    assert!(!bounded.contains("hello"));
}
