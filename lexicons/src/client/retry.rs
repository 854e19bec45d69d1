//! When the client tries a request again: 429 and the gateway 5xx statuses (and 500 for queries), with
//! exponential backoff, honouring the server's `retry-after` / `ratelimit-reset`, bounded attempts.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

/// How many times and how long the client waits before trying a request again.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: never retry).
    pub max_attempts: u32,
    /// The wait before the second attempt, doubled for each next one.
    pub base_delay: Duration,
    /// The longest wait; a server asking for more is not waited for (the error is returned).
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Whether a response with `status` may be tried again. A 500 is retried only for a query: a
    /// procedure may have taken effect before failing.
    pub fn retryable(status: u16, idempotent: bool) -> bool {
        matches!(status, 429 | 502 | 503 | 504) || (status == 500 && idempotent)
    }

    /// The wait before attempt `attempt + 1` (`attempt` counts from 1), or `None` when no attempt is left
    /// or the server asks for a longer wait than `max_delay`.
    pub fn delay(&self, attempt: u32, headers: &HeaderMap) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let backoff = self
            .base_delay
            .saturating_mul(1u32 << (attempt - 1).min(16))
            .min(self.max_delay);
        let asked = server_delay(headers, SystemTime::now());
        match asked {
            Some(wait) if wait > self.max_delay => None,
            Some(wait) => Some(wait.max(backoff)),
            None => Some(backoff),
        }
    }
}

/// The wait the server asks for: `retry-after` (seconds), else `ratelimit-reset` (the reference PDS sends
/// the Unix time, in seconds, when the window resets; a small number is taken as seconds from now).
fn server_delay(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let number =
        |name: &str| -> Option<u64> { headers.get(name)?.to_str().ok()?.trim().parse().ok() };
    if let Some(seconds) = number("retry-after") {
        return Some(Duration::from_secs(seconds));
    }
    let reset = number("ratelimit-reset")?;
    let now = now.duration_since(UNIX_EPOCH).ok()?.as_secs();
    // Before 2001 as a time: a delta in seconds.
    Some(Duration::from_secs(if reset < 1_000_000_000 {
        reset
    } else {
        reset.saturating_sub(now)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, String)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap_or_else(|_| unreachable!()));
        }
        map
    }

    #[test]
    fn backoff_doubles_until_attempts_run_out() {
        let policy = RetryPolicy::default();
        let none = HeaderMap::new();
        assert_eq!(policy.delay(1, &none), Some(Duration::from_millis(250)));
        assert_eq!(policy.delay(2, &none), Some(Duration::from_millis(500)));
        assert_eq!(policy.delay(3, &none), Some(Duration::from_millis(1000)));
        assert_eq!(policy.delay(4, &none), None);
        assert_eq!(RetryPolicy::none().delay(1, &none), None);
    }

    #[test]
    fn the_server_s_wait_is_honoured_unless_too_long() {
        let policy = RetryPolicy::default();
        let after = headers(&[("retry-after", "3".into())]);
        assert_eq!(policy.delay(1, &after), Some(Duration::from_secs(3)));
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let reset = headers(&[("ratelimit-reset", (now + 30).to_string())]);
        let wait = policy.delay(1, &reset).unwrap_or_default();
        assert!(
            (Duration::from_secs(29)..=Duration::from_secs(30)).contains(&wait),
            "{wait:?}"
        );
        let far = headers(&[("ratelimit-reset", (now + 3600).to_string())]);
        assert_eq!(policy.delay(1, &far), None);
        assert!(RetryPolicy::retryable(429, false));
        assert!(RetryPolicy::retryable(500, true));
        assert!(!RetryPolicy::retryable(500, false));
        assert!(!RetryPolicy::retryable(400, true));
    }
}
