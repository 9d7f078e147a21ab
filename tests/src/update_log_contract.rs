//! The contract every update log must honour, as one suite run against each store.
//!
//! Each function checks one clause of the [`UpdateLog`] contract on a log it is given, in a room of its own;
//! the `storage_*` test files call [`run_all`] with the in-memory, SQLite and MongoDB stores. The entries are
//! opaque bytes here: the stores never decode them, so the suite does not build real Yjs updates.

use domain::{
    RoomId,
    error::RepositoryError,
    ports::{DocumentSnapshot, LoggedUpdate, StoredDocument, UpdateLog},
};

/// The size of the large entry: far above any page or buffer size a store might split values at.
const LARGE_ENTRY_BYTES: usize = 512 * 1024;

fn room(raw: &str) -> RoomId {
    RoomId::parse(raw).expect("valid test id")
}

/// Entry `seq` of a test log: version `seq + 100` (so a mix-up of the two shows) and bytes that name it.
#[must_use]
pub fn entry(seq: u64) -> LoggedUpdate {
    LoggedUpdate {
        seq,
        version: seq + 100,
        update: format!("update {seq}").into_bytes(),
    }
}

/// Entries `from..=to` of a test log, made by [`entry`].
#[must_use]
pub fn entries(from: u64, to: u64) -> Vec<LoggedUpdate> {
    (from..=to).map(entry).collect()
}

/// A snapshot at `seq`, with bytes that name it.
#[must_use]
pub fn snapshot(seq: u64) -> DocumentSnapshot {
    DocumentSnapshot {
        seq,
        version: seq + 100,
        state: format!("state up to {seq}").into_bytes(),
    }
}

/// Runs every clause of the contract against `log`, which must be empty (its store prepared).
///
/// # Panics
/// When the log breaks a clause.
pub async fn run_all(log: &dyn UpdateLog) {
    // First, while the log holds nothing but what this clause writes.
    logged_versions_name_each_room_with_a_log_and_its_highest_version(log).await;
    rooms_never_written_load_empty(log).await;
    appended_entries_load_in_order_with_their_exact_bytes(log).await;
    appends_across_calls_accumulate(log).await;
    appending_nothing_changes_nothing(log).await;
    a_duplicate_seq_is_refused_and_appends_nothing_of_its_batch(log).await;
    a_seq_repeated_within_a_batch_is_a_duplicate(log).await;
    rooms_are_independent(log).await;
    compact_stores_the_snapshot_and_drops_the_entries_it_covers(log).await;
    compact_in_the_middle_of_the_log_keeps_the_later_entries(log).await;
    an_older_snapshot_after_a_newer_one_is_ignored(log).await;
    appends_after_a_compaction_continue_the_log(log).await;
    a_seq_covered_by_the_snapshot_is_a_duplicate(log).await;
    compactions_interleaved_with_appends_load_the_latest_state(log).await;
    a_room_can_be_compacted_before_any_append(log).await;
}

async fn load(log: &dyn UpdateLog, room: &RoomId) -> StoredDocument {
    log.load(room).await.expect("load")
}

/// Runs on the empty log [`run_all`] is given, so the rooms written here are exactly the ones with a log.
async fn logged_versions_name_each_room_with_a_log_and_its_highest_version(log: &dyn UpdateLog) {
    assert_eq!(logged_versions(log).await, Vec::new(), "an empty log");

    let only_entries = room("versionsentries");
    log.append(&only_entries, &entries(1, 3))
        .await
        .expect("append");
    // Every entry compacted away: the snapshot alone holds the version.
    let only_snapshot = room("versionssnapshot");
    log.append(&only_snapshot, &entries(1, 4))
        .await
        .expect("append");
    log.compact(&only_snapshot, &snapshot(4))
        .await
        .expect("compact");
    // Entries after the snapshot reach further than it.
    let both = room("versionsboth");
    log.append(&both, &entries(1, 6)).await.expect("append");
    log.compact(&both, &snapshot(2)).await.expect("compact");
    // Compacted before any append, then a late, older compaction that is ignored.
    let imported = room("versionsimported");
    log.compact(&imported, &snapshot(9)).await.expect("compact");
    log.compact(&imported, &snapshot(5))
        .await
        .expect("an older compaction");
    // Appending nothing gives a room no log.
    log.append(&room("versionsnothing"), &[])
        .await
        .expect("append nothing");

    let mut expected = vec![
        (only_entries, 103),
        (only_snapshot, 104),
        (both, 106),
        (imported, 109),
    ];
    expected.sort();
    assert_eq!(logged_versions(log).await, expected);
}

/// The log's rooms and their highest versions, sorted: the port promises no order.
async fn logged_versions(log: &dyn UpdateLog) -> Vec<(RoomId, u64)> {
    let mut versions = log.logged_versions().await.expect("logged versions");
    versions.sort();
    versions
}

async fn rooms_never_written_load_empty(log: &dyn UpdateLog) {
    assert_eq!(
        load(log, &room("logempty")).await,
        StoredDocument::default()
    );
}

async fn appended_entries_load_in_order_with_their_exact_bytes(log: &dyn UpdateLog) {
    let id = room("logbytes");
    // Every byte value, a large entry, a one-byte entry and an empty one: stores must neither trim, decode
    // nor confuse an empty value with a missing one.
    let all_bytes: Vec<u8> = (0..=255).collect();
    let large: Vec<u8> = (0..LARGE_ENTRY_BYTES)
        .map(|index| u8::try_from(index % 251).expect("below 256"))
        .collect();
    let appended = vec![
        LoggedUpdate {
            seq: 1,
            version: 1,
            update: vec![0, 0],
        },
        LoggedUpdate {
            seq: 2,
            version: 2,
            update: all_bytes,
        },
        LoggedUpdate {
            seq: 3,
            version: 5,
            update: large,
        },
        LoggedUpdate {
            seq: 4,
            version: 6,
            update: vec![0],
        },
        LoggedUpdate {
            seq: 5,
            version: 7,
            update: Vec::new(),
        },
    ];
    log.append(&id, &appended).await.expect("append");
    let stored = load(log, &id).await;
    assert_eq!(stored.snapshot, None);
    assert_eq!(stored.updates.len(), appended.len());
    for (loaded, expected) in stored.updates.iter().zip(&appended) {
        assert!(
            loaded == expected,
            "entry {} did not round-trip: {} bytes at version {} loaded, {} bytes at version {} appended",
            expected.seq,
            loaded.update.len(),
            loaded.version,
            expected.update.len(),
            expected.version
        );
    }
}

async fn appends_across_calls_accumulate(log: &dyn UpdateLog) {
    let id = room("logaccumulate");
    log.append(&id, &entries(1, 2)).await.expect("append 1-2");
    log.append(&id, &[entry(3)]).await.expect("append 3");
    log.append(&id, &entries(4, 6)).await.expect("append 4-6");
    assert_eq!(load(log, &id).await.updates, entries(1, 6));
}

async fn appending_nothing_changes_nothing(log: &dyn UpdateLog) {
    let id = room("lognothing");
    log.append(&id, &[])
        .await
        .expect("append nothing to a new room");
    assert_eq!(load(log, &id).await, StoredDocument::default());
    log.append(&id, &entries(1, 2)).await.expect("append");
    log.append(&id, &[]).await.expect("append nothing");
    assert_eq!(load(log, &id).await.updates, entries(1, 2));
}

async fn a_duplicate_seq_is_refused_and_appends_nothing_of_its_batch(log: &dyn UpdateLog) {
    let id = room("logduplicate");
    log.append(&id, &entries(1, 3)).await.expect("append");
    let mut rival = entry(2);
    rival.update = b"another writer's 2".to_vec();

    // The duplicate first, in the middle and last: in each case the new entries before and after it must
    // not stay behind, and the stored entry must keep its bytes.
    for batch in [
        vec![rival.clone(), entry(4)],
        vec![entry(4), rival.clone(), entry(5)],
        vec![entry(4), entry(5), entry(6), rival.clone()],
    ] {
        let error = log
            .append(&id, &batch)
            .await
            .expect_err("a duplicate seq must be refused");
        assert!(
            matches!(error, RepositoryError::Duplicate),
            "expected Duplicate, got {error:?}"
        );
        assert_eq!(
            load(log, &id).await.updates,
            entries(1, 3),
            "after refusing {batch:?}"
        );
    }
    // The refused entries left no trace: they can be appended now.
    log.append(&id, &entries(4, 6))
        .await
        .expect("append after the refusals");
    assert_eq!(load(log, &id).await.updates, entries(1, 6));
}

async fn a_seq_repeated_within_a_batch_is_a_duplicate(log: &dyn UpdateLog) {
    let id = room("logselfduplicate");
    log.append(&id, &[entry(1)]).await.expect("append");
    let error = log
        .append(&id, &[entry(2), entry(3), entry(3)])
        .await
        .expect_err("a batch repeating a seq must be refused");
    assert!(
        matches!(error, RepositoryError::Duplicate),
        "expected Duplicate, got {error:?}"
    );
    assert_eq!(load(log, &id).await.updates, vec![entry(1)]);
}

async fn rooms_are_independent(log: &dyn UpdateLog) {
    let (left, right) = (room("logleft"), room("logright"));
    log.append(&left, &entries(1, 3))
        .await
        .expect("append left");
    // The same seqs in another room are no duplicates.
    log.append(&right, &entries(1, 2))
        .await
        .expect("append right");
    log.compact(&left, &snapshot(2))
        .await
        .expect("compact left");
    assert_eq!(
        load(log, &left).await,
        StoredDocument {
            snapshot: Some(snapshot(2)),
            updates: vec![entry(3)]
        }
    );
    assert_eq!(
        load(log, &right).await,
        StoredDocument {
            snapshot: None,
            updates: entries(1, 2)
        }
    );
}

async fn compact_stores_the_snapshot_and_drops_the_entries_it_covers(log: &dyn UpdateLog) {
    let id = room("logcompact");
    log.append(&id, &entries(1, 4)).await.expect("append");
    log.compact(&id, &snapshot(4)).await.expect("compact");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(4)),
            updates: Vec::new()
        }
    );
}

async fn compact_in_the_middle_of_the_log_keeps_the_later_entries(log: &dyn UpdateLog) {
    let id = room("logcompactmiddle");
    log.append(&id, &entries(1, 6)).await.expect("append");
    log.compact(&id, &snapshot(4)).await.expect("compact");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(4)),
            updates: entries(5, 6)
        }
    );
}

async fn an_older_snapshot_after_a_newer_one_is_ignored(log: &dyn UpdateLog) {
    let id = room("logstale");
    log.append(&id, &entries(1, 6)).await.expect("append");
    log.compact(&id, &snapshot(5)).await.expect("compact at 5");
    // A compaction that started earlier and finished later, then one at the same point with other bytes.
    log.compact(&id, &snapshot(3))
        .await
        .expect("an older compaction is not an error");
    let mut same_point = snapshot(5);
    same_point.state = b"a rival state at 5".to_vec();
    log.compact(&id, &same_point)
        .await
        .expect("a compaction at the same point is not an error");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(5)),
            updates: vec![entry(6)]
        }
    );
}

async fn appends_after_a_compaction_continue_the_log(log: &dyn UpdateLog) {
    let id = room("logcontinue");
    log.append(&id, &entries(1, 3)).await.expect("append");
    log.compact(&id, &snapshot(3)).await.expect("compact");
    log.append(&id, &[entry(4)]).await.expect("append 4");
    log.append(&id, &entries(5, 6)).await.expect("append 5-6");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(3)),
            updates: entries(4, 6)
        }
    );
    let error = log
        .append(&id, &[entry(5)])
        .await
        .expect_err("5 is in the log");
    assert!(
        matches!(error, RepositoryError::Duplicate),
        "expected Duplicate, got {error:?}"
    );
}

/// An entry the snapshot covers is part of the room's history even though its row is gone: a writer that
/// missed the compaction must be told, or its update would be acknowledged and then never loaded.
async fn a_seq_covered_by_the_snapshot_is_a_duplicate(log: &dyn UpdateLog) {
    let id = room("logcovered");
    log.append(&id, &entries(1, 4)).await.expect("append");
    log.compact(&id, &snapshot(3)).await.expect("compact");
    for batch in [vec![entry(2)], vec![entry(3)], vec![entry(3), entry(5)]] {
        let error = log
            .append(&id, &batch)
            .await
            .expect_err("a covered seq must be refused");
        assert!(
            matches!(error, RepositoryError::Duplicate),
            "{batch:?}: expected Duplicate, got {error:?}"
        );
    }
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(3)),
            updates: vec![entry(4)]
        }
    );
}

async fn compactions_interleaved_with_appends_load_the_latest_state(log: &dyn UpdateLog) {
    let id = room("loginterleaved");
    log.append(&id, &entries(1, 2)).await.expect("append 1-2");
    log.compact(&id, &snapshot(1)).await.expect("compact at 1");
    log.append(&id, &entries(3, 5)).await.expect("append 3-5");
    log.compact(&id, &snapshot(4)).await.expect("compact at 4");
    log.append(&id, &[entry(6)]).await.expect("append 6");
    log.compact(&id, &snapshot(2))
        .await
        .expect("a late, older compaction");
    log.append(&id, &entries(7, 8)).await.expect("append 7-8");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(4)),
            updates: entries(5, 8)
        }
    );
}

async fn a_room_can_be_compacted_before_any_append(log: &dyn UpdateLog) {
    // A room whose document was imported whole (or whose log was lost) starts from a snapshot.
    let id = room("logsnapshotonly");
    log.compact(&id, &snapshot(7)).await.expect("compact");
    log.append(&id, &[entry(8)]).await.expect("append 8");
    assert_eq!(
        load(log, &id).await,
        StoredDocument {
            snapshot: Some(snapshot(7)),
            updates: vec![entry(8)]
        }
    );
}
