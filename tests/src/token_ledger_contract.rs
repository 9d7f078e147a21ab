//! The contract every ledger of share tokens must honour, as one suite run against each adapter.
//!
//! Each function checks one clause of the [`TokenLedger`] contract on a ledger it is given, whose clock the
//! suite moves; the `storage_*` test files call [`run_all`] with the in-memory, SQLite and MongoDB ledgers.
//! The clock starts at the real time and only moves forward, so a database's own expiry (MongoDB's TTL
//! monitor, on the server's clock) never removes an entry the suite still reads.

use std::time::{SystemTime, UNIX_EPOCH};

use adapters_memory::ManualClock;
use domain::{
    RoomId, Timestamp,
    ports::{TOKEN_LEDGER_GRACE_MS, TokenLedger},
};

/// An hour, in milliseconds: the lifetime of the links the suite mints.
const HOUR_MS: i64 = 3_600_000;

/// How many writes the suite makes to give a ledger that prunes every so many writes its chance to: more
/// than any of ours waits (the in-memory ledger prunes every 1024).
const WRITES_TO_PRUNE: usize = 1_100;

/// A clock for [`run_all`]: the real time now, moved by the suite.
///
/// # Panics
/// When the system clock is before 1970.
#[must_use]
pub fn clock() -> ManualClock {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_millis();
    ManualClock::new(Timestamp::from_millis(
        i64::try_from(now).expect("a time in range"),
    ))
}

fn room(id: &str) -> RoomId {
    RoomId::parse(id).expect("valid test id")
}

fn later(clock: &ManualClock, millis: i64) -> Timestamp {
    Timestamp::from_millis(clock_now(clock) + millis)
}

fn clock_now(clock: &ManualClock) -> i64 {
    domain::ports::Clock::now(clock).as_millis()
}

/// Runs every clause of the contract against `ledger`, which must be empty and read the time from `clock`
/// (made by [`clock`]).
///
/// # Panics
/// When the ledger breaks a clause.
pub async fn run_all(ledger: &dyn TokenLedger, clock: &ManualClock) {
    unknown_tokens_are_neither_issued_nor_revoked(ledger).await;
    minted_tokens_are_found_with_their_room_and_expiry(ledger, clock).await;
    revoking_is_idempotent_and_keeps_the_links_record(ledger, clock).await;
    tokens_are_independent(ledger, clock).await;
    a_token_revoked_without_being_minted_here_is_revoked(ledger, clock).await;
    recording_again_replaces_the_room_and_keeps_the_revocation(ledger, clock).await;
    expired_tokens_are_no_longer_issued(ledger, clock).await;
    revocations_outlive_expiry_by_the_grace_while_the_ledger_prunes(ledger, clock).await;
}

async fn unknown_tokens_are_neither_issued_nor_revoked(ledger: &dyn TokenLedger) {
    assert_eq!(
        ledger.issued_for("never-minted").await.expect("issued_for"),
        None
    );
    assert!(!ledger.is_revoked("never-minted").await.expect("is_revoked"));
}

async fn minted_tokens_are_found_with_their_room_and_expiry(
    ledger: &dyn TokenLedger,
    clock: &ManualClock,
) {
    let until = later(clock, HOUR_MS);
    ledger
        .record_issued("minted-1", &room("ledger01"), until)
        .await
        .expect("record");
    assert_eq!(
        ledger.issued_for("minted-1").await.expect("issued_for"),
        Some((room("ledger01"), until))
    );
    assert!(!ledger.is_revoked("minted-1").await.expect("is_revoked"));
}

async fn revoking_is_idempotent_and_keeps_the_links_record(
    ledger: &dyn TokenLedger,
    clock: &ManualClock,
) {
    let until = later(clock, HOUR_MS);
    ledger
        .record_issued("revoked-1", &room("ledger02"), until)
        .await
        .expect("record");
    ledger.revoke("revoked-1", until).await.expect("revoke");
    assert!(ledger.is_revoked("revoked-1").await.expect("is_revoked"));
    // The owner may revoke it again (the service answers 200 both times): it is still a link of its room.
    assert_eq!(
        ledger.issued_for("revoked-1").await.expect("issued_for"),
        Some((room("ledger02"), until))
    );
    ledger
        .revoke("revoked-1", until)
        .await
        .expect("revoke again");
    assert!(ledger.is_revoked("revoked-1").await.expect("is_revoked"));
}

async fn tokens_are_independent(ledger: &dyn TokenLedger, clock: &ManualClock) {
    let until = later(clock, HOUR_MS);
    for id in ["left-1", "right-1"] {
        ledger
            .record_issued(id, &room("ledger03"), until)
            .await
            .expect("record");
    }
    ledger.revoke("left-1", until).await.expect("revoke");
    assert!(ledger.is_revoked("left-1").await.expect("is_revoked"));
    assert!(!ledger.is_revoked("right-1").await.expect("is_revoked"));
    assert!(
        !ledger
            .is_revoked("left")
            .await
            .expect("a prefix is another id")
    );
}

async fn a_token_revoked_without_being_minted_here_is_revoked(
    ledger: &dyn TokenLedger,
    clock: &ManualClock,
) {
    // A token of an auth server, revoked by id: refused, but no link of any room.
    ledger
        .revoke("foreign-1", later(clock, HOUR_MS))
        .await
        .expect("revoke");
    assert!(ledger.is_revoked("foreign-1").await.expect("is_revoked"));
    assert_eq!(
        ledger.issued_for("foreign-1").await.expect("issued_for"),
        None
    );
}

async fn recording_again_replaces_the_room_and_keeps_the_revocation(
    ledger: &dyn TokenLedger,
    clock: &ManualClock,
) {
    let until = later(clock, HOUR_MS);
    ledger
        .record_issued("again-1", &room("ledger04"), until)
        .await
        .expect("record");
    ledger.revoke("again-1", until).await.expect("revoke");
    ledger
        .record_issued("again-1", &room("ledger05"), until)
        .await
        .expect("record again");
    assert_eq!(
        ledger.issued_for("again-1").await.expect("issued_for"),
        Some((room("ledger05"), until))
    );
    assert!(ledger.is_revoked("again-1").await.expect("is_revoked"));
}

async fn expired_tokens_are_no_longer_issued(ledger: &dyn TokenLedger, clock: &ManualClock) {
    let until = later(clock, 1_000);
    ledger
        .record_issued("short-1", &room("ledger06"), until)
        .await
        .expect("record");
    clock.advance(1_000);
    assert_eq!(
        ledger.issued_for("short-1").await.expect("issued_for"),
        Some((room("ledger06"), until)),
        "valid up to its expiry itself"
    );
    clock.advance(1);
    assert_eq!(
        ledger.issued_for("short-1").await.expect("issued_for"),
        None
    );
}

async fn revocations_outlive_expiry_by_the_grace_while_the_ledger_prunes(
    ledger: &dyn TokenLedger,
    clock: &ManualClock,
) {
    let until = later(clock, 1_000);
    ledger
        .record_issued("graced-1", &room("ledger07"), until)
        .await
        .expect("record");
    ledger.revoke("graced-1", until).await.expect("revoke");
    // Just before the end of the grace: a verifier allowing the longest clock skew still accepts the token,
    // so the revocation must hold, however many writes (and prunes) happened meanwhile.
    clock.advance(1_000 + TOKEN_LEDGER_GRACE_MS);
    for index in 0..WRITES_TO_PRUNE {
        ledger
            .record_issued(
                &format!("filler-{index}"),
                &room("ledger08"),
                later(clock, HOUR_MS),
            )
            .await
            .expect("record a filler");
    }
    assert!(
        ledger.is_revoked("graced-1").await.expect("is_revoked"),
        "a revocation must outlive its token's expiry by the grace"
    );
    assert_eq!(
        ledger.issued_for("graced-1").await.expect("issued_for"),
        None
    );
}
