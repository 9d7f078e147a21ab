//! The history service without IO: in-memory store, a clock the test moves, a transport that records what it
//! is told. Checkpoints follow the clock exactly, and a JSON edit made on the version before a restore is
//! carried over the restore instead of undoing it.

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicU8, Ordering},
};

use adapters_memory::{InMemoryRoomRepository, ManualClock};
use domain::{
    ClientKind, ConnectionId, DeclaredIdentity, Participant, Room, RoomEvent, RoomId, Timestamp,
    event::{Announcement, JsonUpdateOutcome, RoomSnapshot},
    history::{VersionKind, VersionName},
    ports::{Broadcaster, Entropy, RoomRepository},
    services::{
        CollaborationService, HistoryRecorder, HistoryService, HistorySettings, Limits,
        TextProposal,
    },
};

/// Records what the services ask the transport to do.
#[derive(Default)]
struct RecordingBroadcaster {
    events: Mutex<Vec<RoomEvent>>,
    announcements: Mutex<Vec<Announcement>>,
}

impl Broadcaster for RecordingBroadcaster {
    type Subscriber = ();
    fn subscribe(&self, _: &RoomId, _: ConnectionId, (): (), _: &RoomSnapshot) {}
    fn unsubscribe(&self, _: &RoomId, _: ConnectionId) {}
    fn publish(&self, _: &RoomId, event: &RoomEvent) {
        self.events.lock().expect("lock").push(event.clone());
    }
    fn announce(&self, _: &RoomId, announcement: &Announcement) {
        self.announcements
            .lock()
            .expect("lock")
            .push(announcement.clone());
    }
}

/// Bytes that differ from call to call; enough for version ids in a test.
#[derive(Default)]
struct CountingEntropy(AtomicU8);

impl Entropy for CountingEntropy {
    fn fill(&self, buffer: &mut [u8]) {
        buffer.fill(self.0.fetch_add(1, Ordering::SeqCst));
    }
}

struct Fixture {
    collaboration: Arc<CollaborationService<RecordingBroadcaster>>,
    history: HistoryService<RecordingBroadcaster>,
    clock: Arc<ManualClock>,
    room: RoomId,
}

async fn fixture() -> Fixture {
    let store = Arc::new(InMemoryRoomRepository::new());
    let room = RoomId::parse("history0").expect("valid");
    store
        .insert(&Room::new(room.clone(), Timestamp::from_millis(0)))
        .await
        .expect("insert");
    let clock = Arc::new(ManualClock::new(Timestamp::from_millis(1_000)));
    let recorder = Arc::new(HistoryRecorder::new(store.clone()));
    let collaboration = Arc::new(
        CollaborationService::new(
            store.clone(),
            store.clone(),
            Arc::new(RecordingBroadcaster::default()),
            clock.clone(),
            Limits::default(),
        )
        .with_recorder(recorder.clone()),
    );
    let history = HistoryService::new(
        recorder,
        store.clone(),
        store.clone(),
        store,
        Arc::clone(&collaboration),
        clock.clone(),
        Arc::new(CountingEntropy::default()),
        HistorySettings::default(),
    );
    Fixture {
        collaboration,
        history,
        clock,
        room,
    }
}

fn participant(connection: u64, name: &str) -> Participant {
    Participant::new(
        ConnectionId::new(connection),
        ClientKind::Json,
        Timestamp::from_millis(1),
        &DeclaredIdentity {
            name: Some(name.to_owned()),
            color: None,
        },
        None,
    )
}

impl Fixture {
    async fn propose(&self, connection: u64, code: &str, base: u64) -> JsonUpdateOutcome {
        self.collaboration
            .propose(
                &self.room,
                ConnectionId::new(connection),
                TextProposal::FullText(code.to_owned()),
                None,
                Some(base),
            )
            .await
            .expect("proposal")
    }

    async fn code(&self) -> String {
        self.collaboration
            .live_code(&self.room)
            .await
            .expect("live")
            .to_string()
    }

    async fn versions(&self) -> Vec<VersionKind> {
        self.history
            .list(&self.room, None, 100)
            .await
            .expect("list")
            .versions
            .iter()
            .map(|version| version.kind)
            .collect()
    }
}

#[tokio::test]
async fn a_json_edit_made_on_the_version_before_a_restore_is_carried_over_it() {
    let fixture = fixture().await;
    let room = fixture.room.clone();
    for (connection, name) in [(1, "Alice"), (2, "Bob")] {
        fixture
            .collaboration
            .join(&room, participant(connection, name), ())
            .await
            .expect("join");
    }
    fixture.propose(1, "one\ntwo\nthree\n", 0).await;
    let saved = fixture
        .history
        .save_named(&room, &VersionName::parse("v1").expect("name"), None)
        .await
        .expect("save");
    fixture.propose(1, "one\ntwo\nthree\nfour\n", 1).await;
    let restored = fixture
        .history
        .restore(&room, saved.id, Some("Rita".to_owned()))
        .await
        .expect("restore");
    assert_eq!(restored.room_version, 3);
    assert_eq!(fixture.code().await, "one\ntwo\nthree\n");
    // Bob typed on version 2, before he heard of the restore: his change of the first line lands on the
    // restored text, and the restore still removed the fourth line.
    let outcome = fixture.propose(2, "ONE\ntwo\nthree\nfour\n", 2).await;
    assert!(
        matches!(outcome, JsonUpdateOutcome::Merged { ref code, .. } if &**code == "ONE\ntwo\nthree\n"),
        "{outcome:?}"
    );
    let (_, lines) = fixture.history.blame(&room).await.expect("blame");
    let authors: Vec<Option<&str>> = lines
        .iter()
        .map(|line| {
            line.attribution
                .as_ref()
                .and_then(|found| found.author.as_deref())
        })
        .collect();
    assert_eq!(authors, [Some("Bob"), Some("Alice"), Some("Alice"), None]);
    let announced = fixture
        .collaboration
        .broadcaster()
        .announcements
        .lock()
        .expect("lock")
        .clone();
    assert!(matches!(
        announced.last(),
        Some(Announcement::Restored {
            room_version: 3,
            ..
        })
    ));
}

#[tokio::test]
async fn checkpoints_follow_the_clock_and_the_last_participant_leaving() {
    let fixture = fixture().await;
    let room = fixture.room.clone();
    fixture
        .collaboration
        .join(&room, participant(1, "Alice"), ())
        .await
        .expect("join");
    fixture.propose(1, "typed\n", 0).await;
    fixture.clock.advance(29_999);
    fixture.history.maintain().await;
    assert_eq!(fixture.versions().await, []);
    fixture.clock.advance(1);
    fixture.history.maintain().await;
    assert_eq!(fixture.versions().await, [VersionKind::Checkpoint]);
    fixture.clock.advance(60_000);
    fixture.history.maintain().await;
    assert_eq!(fixture.versions().await, [VersionKind::Checkpoint]);

    // Leaving without a change saves nothing; leaving after one saves at once.
    fixture.propose(1, "typed\nmore\n", 1).await;
    fixture
        .collaboration
        .leave(&room, ConnectionId::new(1))
        .await;
    fixture.history.maintain().await;
    assert_eq!(
        fixture.versions().await,
        [VersionKind::Checkpoint, VersionKind::Checkpoint]
    );
    let newest = fixture
        .history
        .list(&room, None, 1)
        .await
        .expect("list")
        .versions[0]
        .id;
    assert_eq!(
        fixture.history.get(&room, newest).await.expect("get").code,
        "typed\nmore\n"
    );
}
