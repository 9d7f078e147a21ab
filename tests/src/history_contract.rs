//! The contract every history store must honour ([`HistoryStore`]: versions, attributions, deletion of a
//! room with everything it holds, the expiry query), as one suite run against each adapter.
//!
//! The `storage_*` test files call [`run_all`] with the in-memory, SQLite and MongoDB stores.

use domain::{
    Room, RoomId, Timestamp,
    error::RepositoryError,
    history::{
        AttributedUpdate, Attribution, ItemSpan, Protocol, Version, VersionId, VersionKind,
        VersionSummary,
    },
    ports::Store,
};

use crate::update_log_contract::{entries, snapshot};

fn id(raw: &str) -> RoomId {
    RoomId::parse(raw).expect("valid test id")
}

/// A version of `room_version` made at `millis`, with code naming it.
#[must_use]
pub fn version(millis: i64, counter: u16, kind: VersionKind, room_version: u64) -> Version {
    Version {
        summary: VersionSummary {
            id: VersionId::generate(millis, counter, [counter.to_le_bytes()[0]; 8]),
            kind,
            name: (kind == VersionKind::Named).then(|| format!("named é {millis}")),
            author: (kind != VersionKind::Checkpoint).then(|| "Ada 🦀".to_owned()),
            created_at: Timestamp::from_millis(millis),
            room_version,
        },
        code: format!("print({millis}) # café 日本語 🎉\n\"quotes\" \\ back\n"),
    }
}

/// The attribution of the update at `seq`, by `author`.
#[must_use]
pub fn attributed(seq: u64, author: Option<&str>, protocol: Option<Protocol>) -> AttributedUpdate {
    AttributedUpdate {
        seq,
        version: seq + 10,
        attribution: Attribution {
            author: author.map(str::to_owned),
            protocol,
            at: Timestamp::from_millis(1_700_000_000_000 + i64::try_from(seq).unwrap_or(0)),
        },
        insertions: vec![
            ItemSpan {
                client: (1 << 53) - 1,
                clock: u32::try_from(seq).unwrap_or(0) * 10,
                len: 3,
            },
            ItemSpan {
                client: 7,
                clock: 0,
                len: u32::MAX,
            },
        ],
        touched: seq
            .is_multiple_of(2)
            .then_some(ItemSpan {
                client: 9,
                clock: 4,
                len: 1,
            })
            .into_iter()
            .collect(),
    }
}

/// Runs every clause of the contract against `store`, which must be empty and prepared.
///
/// # Panics
/// When the store breaks a clause.
pub async fn run_all(store: &dyn Store) {
    versions_round_trip_and_stay_in_their_room(store).await;
    duplicate_version_ids_are_refused_and_keep_the_first(store).await;
    versions_are_listed_newest_first_in_pages(store).await;
    pruning_keeps_the_newest_and_the_recent(store).await;
    old_versions_are_pruned_in_every_room(store).await;
    attributions_round_trip_in_seq_order_and_replace_by_seq(store).await;
    deleting_a_room_removes_every_trace_and_nothing_else(store).await;
    idle_rooms_are_found_by_their_last_change(store).await;
}

async fn versions_round_trip_and_stay_in_their_room(store: &dyn Store) {
    let room = id("history1");
    let named = version(1_000, 0, VersionKind::Named, 3);
    let checkpoint = version(2_000, 0, VersionKind::Checkpoint, 5);
    store.save_version(&room, &named).await.expect("save named");
    store
        .save_version(&room, &checkpoint)
        .await
        .expect("save checkpoint");
    assert_eq!(
        store
            .find_version(&room, named.summary.id)
            .await
            .expect("find"),
        Some(named.clone())
    );
    assert_eq!(
        store
            .find_version(&room, checkpoint.summary.id)
            .await
            .expect("find"),
        Some(checkpoint)
    );
    assert_eq!(
        store
            .find_version(&id("history1other"), named.summary.id)
            .await
            .expect("find elsewhere"),
        None
    );
    let missing = VersionId::generate(9_999, 0, [1; 8]);
    assert_eq!(
        store.find_version(&room, missing).await.expect("find"),
        None
    );
}

async fn duplicate_version_ids_are_refused_and_keep_the_first(store: &dyn Store) {
    let room = id("history2");
    let first = version(1_000, 0, VersionKind::Named, 1);
    store.save_version(&room, &first).await.expect("save");
    let mut second = first.clone();
    second.code = "other".to_owned();
    let error = store
        .save_version(&room, &second)
        .await
        .expect_err("duplicate id");
    assert!(matches!(error, RepositoryError::Duplicate), "{error:?}");
    assert_eq!(
        store
            .find_version(&room, first.summary.id)
            .await
            .expect("find")
            .map(|found| found.code),
        Some(first.code)
    );
}

async fn versions_are_listed_newest_first_in_pages(store: &dyn Store) {
    let room = id("history3");
    let mut saved = Vec::new();
    // Saved out of order, two in the same millisecond: the list follows the ids.
    for (millis, counter) in [(3_000, 0), (1_000, 0), (2_000, 1), (2_000, 0), (4_000, 0)] {
        let made = version(millis, counter, VersionKind::Checkpoint, 1);
        store.save_version(&room, &made).await.expect("save");
        saved.push(made.summary);
    }
    store
        .save_version(
            &id("history3other"),
            &version(5_000, 0, VersionKind::Named, 1),
        )
        .await
        .expect("save elsewhere");
    saved.sort_by_key(|summary| std::cmp::Reverse(summary.id));
    let everything = store.list_versions(&room, None, 100).await.expect("list");
    assert_eq!(everything, saved);
    let first_page = store.list_versions(&room, None, 2).await.expect("page 1");
    assert_eq!(first_page, saved[..2]);
    let second_page = store
        .list_versions(&room, Some(first_page[1].id), 2)
        .await
        .expect("page 2");
    assert_eq!(second_page, saved[2..4]);
    let last_page = store
        .list_versions(&room, Some(second_page[1].id), 2)
        .await
        .expect("page 3");
    assert_eq!(last_page, saved[4..]);
    assert!(
        store
            .list_versions(&id("history3none"), None, 10)
            .await
            .expect("empty")
            .is_empty()
    );
}

async fn pruning_keeps_the_newest_and_the_recent(store: &dyn Store) {
    let room = id("history4");
    for millis in 1..=6 {
        store
            .save_version(
                &room,
                &version(millis * 1_000, 0, VersionKind::Checkpoint, 1),
            )
            .await
            .expect("save");
    }
    assert_eq!(
        store.prune_versions(&room, 0, None).await.expect("no-op"),
        0
    );
    assert_eq!(
        store.prune_versions(&room, 4, None).await.expect("count"),
        2
    );
    let kept: Vec<i64> = store
        .list_versions(&room, None, 100)
        .await
        .expect("list")
        .iter()
        .map(|summary| summary.created_at.as_millis())
        .collect();
    assert_eq!(kept, [6_000, 5_000, 4_000, 3_000]);
    let pruned = store
        .prune_versions(&room, 10, Some(Timestamp::from_millis(5_000)))
        .await
        .expect("age");
    assert_eq!(pruned, 2);
    assert_eq!(
        store
            .list_versions(&room, None, 100)
            .await
            .expect("list")
            .len(),
        2
    );
}

async fn old_versions_are_pruned_in_every_room(store: &dyn Store) {
    let (first, second) = (id("history5a"), id("history5b"));
    // Far in the past, so versions other clauses saved are older than the cutoff too: count these only.
    for room in [&first, &second] {
        store
            .save_version(room, &version(10, 0, VersionKind::Checkpoint, 1))
            .await
            .expect("old");
        store
            .save_version(room, &version(9_000_000, 0, VersionKind::Named, 2))
            .await
            .expect("recent");
    }
    let pruned = store
        .prune_old_versions(Timestamp::from_millis(100))
        .await
        .expect("prune");
    assert!(pruned >= 2, "{pruned}");
    for room in [&first, &second] {
        let left = store.list_versions(room, None, 10).await.expect("list");
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].created_at, Timestamp::from_millis(9_000_000));
    }
}

async fn attributions_round_trip_in_seq_order_and_replace_by_seq(store: &dyn Store) {
    let room = id("history6");
    let later = [
        attributed(3, Some("Bob"), Some(Protocol::Yjs)),
        attributed(2, None, None),
    ];
    store
        .record_attributions(&room, &[attributed(1, Some("Ada"), Some(Protocol::Json))])
        .await
        .expect("record one");
    store
        .record_attributions(&room, &later)
        .await
        .expect("record two");
    store
        .record_attributions(&room, &[])
        .await
        .expect("record none");
    let replaced = attributed(3, Some("Carol"), Some(Protocol::Rest));
    store
        .record_attributions(&room, std::slice::from_ref(&replaced))
        .await
        .expect("replace");
    let stored = store.attributions(&room).await.expect("read");
    assert_eq!(
        stored,
        [
            attributed(1, Some("Ada"), Some(Protocol::Json)),
            attributed(2, None, None),
            replaced
        ]
    );
    assert!(
        store
            .attributions(&id("history6none"))
            .await
            .expect("none")
            .is_empty()
    );
    let deleted = store
        .delete_attributions(&room, &[2, 3, 99])
        .await
        .expect("delete");
    assert_eq!(deleted, 2);
    assert_eq!(
        store.attributions(&room).await.expect("read"),
        [attributed(1, Some("Ada"), Some(Protocol::Json))]
    );
    assert_eq!(
        store
            .delete_attributions(&id("history6none"), &[1])
            .await
            .expect("none"),
        0
    );
}

async fn deleting_a_room_removes_every_trace_and_nothing_else(store: &dyn Store) {
    let (doomed, kept) = (id("history7"), id("history7kept"));
    for room in [&doomed, &kept] {
        store
            .insert(&Room::new(room.clone(), Timestamp::from_millis(1)))
            .await
            .expect("insert");
        store.append(room, &entries(1, 4)).await.expect("append");
        store.compact(room, &snapshot(2)).await.expect("compact");
        store
            .save_version(room, &version(1_000, 0, VersionKind::Named, 1))
            .await
            .expect("version");
        store
            .record_attributions(room, &[attributed(1, Some("Ada"), None)])
            .await
            .expect("attribution");
    }
    assert!(store.delete_room(&doomed).await.expect("delete"));
    assert!(store.find(&doomed).await.expect("find").is_none());
    let log = store.load(&doomed).await.expect("load");
    assert!(log.snapshot.is_none() && log.updates.is_empty(), "{log:?}");
    assert!(
        store
            .list_versions(&doomed, None, 10)
            .await
            .expect("versions")
            .is_empty()
    );
    assert!(
        store
            .attributions(&doomed)
            .await
            .expect("attributions")
            .is_empty()
    );
    assert!(
        !store
            .logged_versions()
            .await
            .expect("logged")
            .iter()
            .any(|(room, _)| *room == doomed)
    );
    assert!(!store.delete_room(&doomed).await.expect("again"));

    assert!(store.find(&kept).await.expect("find").is_some());
    let log = store.load(&kept).await.expect("load");
    assert_eq!(log.updates, entries(3, 4));
    assert_eq!(
        store
            .list_versions(&kept, None, 10)
            .await
            .expect("versions")
            .len(),
        1
    );
    assert_eq!(
        store.attributions(&kept).await.expect("attributions").len(),
        1
    );
}

async fn idle_rooms_are_found_by_their_last_change(store: &dyn Store) {
    let (stale, fresh) = (id("history8stale"), id("history8fresh"));
    for room in [&stale, &fresh] {
        store
            .insert(&Room::new(room.clone(), Timestamp::from_millis(1_000)))
            .await
            .expect("insert");
    }
    store
        .save_code(&fresh, "x", 1, Timestamp::from_millis(50_000))
        .await
        .expect("touch");
    let idle = store
        .rooms_idle_since(Timestamp::from_millis(10_000), 1_000)
        .await
        .expect("idle");
    assert!(idle.contains(&stale), "{idle:?}");
    assert!(!idle.contains(&fresh), "{idle:?}");
    let limited = store
        .rooms_idle_since(Timestamp::from_millis(100_000), 1)
        .await
        .expect("limited");
    assert_eq!(limited.len(), 1);
}
