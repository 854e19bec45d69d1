//! Fixed-window rate limits kept in memory, with the reference's defaults: logins (30 per 5 minutes and 300
//! per day per identifier), account creation (100 per 5 minutes), repository writes (5000 points per hour
//! and 35,000 per day per account; create 3, update 2, delete 1), password-reset requests (15 per hour and
//! 50 per day) and mailed sign-in codes (5 per hour and 15 per day per account). Each limit's points can be changed by
//! name in the configuration (`rate_limit_points`).

use std::collections::HashMap;
use std::sync::Mutex;

/// One limit: at most `points` within `window` seconds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limit {
    pub name: &'static str,
    pub points: u32,
    pub window: i64,
}

pub(crate) const LOGIN: [Limit; 2] = [
    Limit {
        name: "login-5m",
        points: 30,
        window: 300,
    },
    Limit {
        name: "login-day",
        points: 300,
        window: 86_400,
    },
];
pub(crate) const CREATE_ACCOUNT: [Limit; 1] = [Limit {
    name: "create-account-5m",
    points: 100,
    window: 300,
}];
pub(crate) const REPO_WRITE: [Limit; 2] = [
    Limit {
        name: "repo-write-hour",
        points: 5000,
        window: 3600,
    },
    Limit {
        name: "repo-write-day",
        points: 35_000,
        window: 86_400,
    },
];

/// `requestPasswordReset` (and the sign-in page's reset form), as the reference: 15 per hour and 50 per day.
/// The reference counts per client address; this server counts per email address asked for (a handler
/// does not see the client's address, and one sender cannot use up everyone's resets this way).
pub(crate) const PASSWORD_RESET: [Limit; 2] = [
    Limit {
        name: "password-reset-hour",
        points: 15,
        window: 3600,
    },
    Limit {
        name: "password-reset-day",
        points: 50,
        window: 86_400,
    },
];
/// Sign-in codes mailed to an account (the email second factor), per account: the reference's limits on
/// its other per-account mails (`requestEmailConfirmation`, `requestEmailUpdate`): 5 per hour, 15 per day.
pub(crate) const SIGN_IN_CODE_MAIL: [Limit; 2] = [
    Limit {
        name: "sign-in-code-hour",
        points: 5,
        window: 3600,
    },
    Limit {
        name: "sign-in-code-day",
        points: 15,
        window: 86_400,
    },
];

/// Every limit, by name.
pub(crate) const ALL: [&[Limit]; 5] = [
    &LOGIN,
    &CREATE_ACCOUNT,
    &REPO_WRITE,
    &PASSWORD_RESET,
    &SIGN_IN_CODE_MAIL,
];

/// `(limit name, key)`.
type WindowKey = (&'static str, String);

/// Every counter, behind one lock (the work under it is a hash lookup).
pub struct RateLimits {
    enabled: bool,
    /// Configured points that replace a limit's default, by limit name.
    points: HashMap<String, u32>,
    windows: Mutex<HashMap<WindowKey, (i64, u32)>>,
}

impl RateLimits {
    #[cfg(test)]
    pub(crate) fn new(enabled: bool) -> RateLimits {
        RateLimits::with_points(enabled, HashMap::new())
    }

    /// Limits whose points are `points[name]` where given (names are checked by the configuration).
    pub(crate) fn with_points(enabled: bool, points: HashMap<String, u32>) -> RateLimits {
        RateLimits {
            enabled,
            points,
            windows: Mutex::new(HashMap::new()),
        }
    }

    fn points(&self, limit: &Limit) -> u32 {
        self.points.get(limit.name).copied().unwrap_or(limit.points)
    }

    /// Spends `cost` points of every limit for `key`; `Err(name)` names the first limit exceeded (nothing
    /// is spent then).
    pub(crate) fn spend(&self, limits: &[Limit], key: &str, cost: u32) -> Result<(), &'static str> {
        if !self.enabled {
            return Ok(());
        }
        let now = crate::auth::now_secs();
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|(name, _), (start, _)| {
                limits_window(name).is_none_or(|window| now - *start < window)
            });
        }
        for limit in limits {
            let (start, used) = windows
                .get(&(limit.name, key.to_owned()))
                .copied()
                .unwrap_or((now, 0));
            let used = if now - start >= limit.window { 0 } else { used };
            if used.saturating_add(cost) > self.points(limit) {
                return Err(limit.name);
            }
        }
        for limit in limits {
            let entry = windows
                .entry((limit.name, key.to_owned()))
                .or_insert((now, 0));
            if now - entry.0 >= limit.window {
                *entry = (now, 0);
            }
            entry.1 += cost;
        }
        Ok(())
    }
}

/// The limit called `name`, if there is one.
pub(crate) fn by_name(name: &str) -> Option<&'static Limit> {
    ALL.iter()
        .flat_map(|group| group.iter())
        .find(|l| l.name == name)
}

fn limits_window(name: &str) -> Option<i64> {
    by_name(name).map(|l| l.window)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spends_until_the_limit_then_refuses() {
        let limits = RateLimits::new(true);
        for _ in 0..30 {
            limits.spend(&LOGIN, "alice", 1).unwrap();
        }
        assert_eq!(limits.spend(&LOGIN, "alice", 1), Err("login-5m"));
        assert!(limits.spend(&LOGIN, "bob", 1).is_ok());
        assert!(
            RateLimits::new(false)
                .spend(&CREATE_ACCOUNT, "x", 1000)
                .is_ok()
        );
    }

    #[test]
    fn configured_points_replace_the_defaults() {
        let points = HashMap::from([("login-5m".to_owned(), 2)]);
        let limits = RateLimits::with_points(true, points);
        limits.spend(&LOGIN, "alice", 2).unwrap();
        assert_eq!(limits.spend(&LOGIN, "alice", 1), Err("login-5m"));
        assert!(by_name("repo-write-day").is_some());
        assert!(by_name("password-reset-hour").is_some());
        assert!(by_name("sign-in-code-day").is_some());
        assert!(by_name("nope").is_none());
    }
}
