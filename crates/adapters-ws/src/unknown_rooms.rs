//! A bound on how fast one client address may look up rooms that do not exist.
//!
//! Room ids are 8 characters of `[a-z0-9]` (about 41 bits): unguessable only while attempts are bounded. Every
//! lookup that finds no room (a REST read, a WebSocket join) takes one cell of the address's quota (GCRA, from
//! `governor`); when the quota is spent the address is refused with 429 on every lookup until a cell comes back,
//! before the store is asked. Lookups of rooms that exist cost nothing.

use std::{
    collections::HashMap,
    net::IpAddr,
    num::NonZeroU32,
    sync::{
        Mutex, PoisonError,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock},
    state::keyed::DefaultKeyedStateStore,
};

/// How many misses between two sweeps of addresses whose quota is full again.
const SWEEP_EVERY: usize = 4096;

/// Unknown-room lookups allowed per client address.
pub struct UnknownRoomLimiter {
    limiter: RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, DefaultClock>,
    clock: DefaultClock,
    /// Addresses that spent their quota, and until when they are refused.
    blocked: Mutex<HashMap<IpAddr, Instant>>,
    misses: AtomicUsize,
}

/// The address a quota belongs to: IPv6 clients by their /56 (one customer's prefix), as actix-governor does.
#[must_use]
pub fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => {
            let mut octets = v6.octets();
            octets[7..].fill(0);
            IpAddr::V6(octets.into())
        }
    }
}

impl UnknownRoomLimiter {
    /// `per_minute` misses a minute per address, up to `per_minute` at once; `None` when it is 0 (no limit).
    #[must_use]
    pub fn per_minute(per_minute: u32) -> Option<Self> {
        let burst = NonZeroU32::new(per_minute)?;
        Some(Self {
            limiter: RateLimiter::keyed(Quota::per_minute(burst)),
            clock: DefaultClock::default(),
            blocked: Mutex::default(),
            misses: AtomicUsize::new(0),
        })
    }

    fn blocked(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, Instant>> {
        self.blocked.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long `address` must wait before its next lookup, when it spent its quota.
    #[must_use]
    pub fn retry_after(&self, address: IpAddr) -> Option<Duration> {
        let key = client_key(address);
        let mut blocked = self.blocked();
        let until = *blocked.get(&key)?;
        let now = Instant::now();
        if until <= now {
            blocked.remove(&key);
            return None;
        }
        Some(until - now)
    }

    /// Counts a lookup of `address` that found no room; when that spends its quota, how long it must wait.
    pub fn missed(&self, address: IpAddr) -> Option<Duration> {
        let key = client_key(address);
        if self.misses.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.limiter.retain_recent();
            let now = Instant::now();
            self.blocked().retain(|_, until| *until > now);
        }
        let not_until = self.limiter.check_key(&key).err()?;
        let wait = not_until.wait_time_from(self.clock.now());
        self.blocked().insert(key, Instant::now() + wait);
        Some(wait)
    }
}

/// `Retry-After` in whole seconds, at least 1.
#[must_use]
pub fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_that_misses_too_often_waits_and_others_do_not() {
        let limiter = UnknownRoomLimiter::per_minute(3).expect("limited");
        let probe: IpAddr = "192.0.2.1".parse().expect("address");
        let other: IpAddr = "192.0.2.2".parse().expect("address");
        for _ in 0..3 {
            assert_eq!(limiter.missed(probe), None);
        }
        assert!(limiter.retry_after(probe).is_none());
        let wait = limiter.missed(probe).expect("quota spent");
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
        assert!(limiter.retry_after(probe).is_some());
        assert!(limiter.retry_after(other).is_none());
        assert_eq!(limiter.missed(other), None);
        assert!(UnknownRoomLimiter::per_minute(0).is_none());
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
    }
}
