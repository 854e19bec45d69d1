//! One-time identifiers (DPoP proof `jti`s, client assertion `jti`s): remembered in memory until they
//! could no longer be accepted anyway, so a second use within that time is refused.

use std::collections::HashMap;
use std::sync::Mutex;

/// The most identifiers kept before expired ones are swept.
const SWEEP_AT: usize = 10_000;

#[derive(Default)]
pub struct ReplayCache {
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    until: HashMap<String, i64>,
    /// The size at which expired keys are swept next: twice what survived the last sweep, so sweeps
    /// stay rare however many keys are live.
    sweep_at: usize,
}

impl ReplayCache {
    /// Records `key` until `expires_at`; false if it was already recorded and has not expired.
    pub(crate) fn first_use(&self, key: String, expires_at: i64, now: i64) -> bool {
        // A poisoned map is still a valid map.
        let mut guard = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let Seen {
            until: seen,
            sweep_at,
        } = &mut *guard;
        if seen.len() >= (*sweep_at).max(SWEEP_AT) {
            seen.retain(|_, until| *until >= now);
            *sweep_at = seen.len() * 2;
        }
        match seen.get(&key) {
            Some(until) if *until >= now => false,
            _ => {
                seen.insert(key, expires_at);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_accepted_once_until_it_expires() {
        let cache = ReplayCache::default();
        assert!(cache.first_use("a".into(), 10, 0));
        assert!(!cache.first_use("a".into(), 10, 5));
        assert!(cache.first_use("b".into(), 10, 5));
        assert!(cache.first_use("a".into(), 20, 11));
    }
}
