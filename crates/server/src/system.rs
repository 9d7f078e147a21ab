//! The operating system's clock and random numbers, as the domain's [`Clock`] and [`Entropy`] ports.

use std::time::{SystemTime, UNIX_EPOCH};

use domain::{
    Timestamp,
    ports::{Clock, Entropy},
};

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_millis());
        Timestamp::from_millis(i64::try_from(millis).unwrap_or(i64::MAX))
    }
}

/// The operating system's cryptographically secure generator.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn fill(&self, buffer: &mut [u8]) {
        // Without the OS generator room ids would be guessable; there is no safe fallback, and on the
        // platforms we support the call does not fail once the process is running.
        getrandom::fill(buffer).expect("the operating system's random number generator failed");
    }
}
