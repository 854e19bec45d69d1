//! DPoP server nonces: an HMAC of the current time step under a server secret, so nothing is stored and
//! every process sharing the secret agrees. A step lasts a minute; the previous, current and next
//! step's nonces are accepted (each nonce lives at most three minutes), as the reference rotates them.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::Mac as _;

/// One rotation step, seconds.
pub(crate) const STEP: i64 = 60;

/// The nonce source.
#[derive(Clone)]
pub struct Nonces {
    secret: Vec<u8>,
}

impl Nonces {
    /// Nonces keyed by `secret` (32 bytes derived from the server's secret).
    pub(crate) fn new(secret: Vec<u8>) -> Nonces {
        Nonces { secret }
    }

    fn at_step(&self, step: i64) -> String {
        let mut mac = crate::auth::jwt::mac(&self.secret);
        mac.update(&step.to_be_bytes());
        URL_SAFE_NO_PAD.encode(&mac.finalize().into_bytes()[..16])
    }

    /// The nonce to hand out at `now`.
    pub fn current(&self, now: i64) -> String {
        self.at_step(now.div_euclid(STEP))
    }

    /// Whether `nonce` is the previous, current or next one at `now` (constant time per candidate).
    pub(crate) fn is_valid(&self, nonce: &str, now: i64) -> bool {
        let step = now.div_euclid(STEP);
        [step - 1, step, step + 1]
            .into_iter()
            .fold(false, |found, s| {
                found | constant_eq(&self.at_step(s), nonce)
            })
    }
}

pub(crate) fn constant_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_rotate_and_neighbours_are_accepted() {
        let nonces = Nonces::new(vec![7; 32]);
        let now = 1_000_000;
        let nonce = nonces.current(now);
        assert!(nonces.is_valid(&nonce, now));
        assert!(nonces.is_valid(&nonce, now + STEP));
        assert!(nonces.is_valid(&nonce, now - STEP));
        assert!(!nonces.is_valid(&nonce, now + 3 * STEP));
        assert_ne!(nonces.current(now + 2 * STEP), nonce);
        assert!(!Nonces::new(vec![8; 32]).is_valid(&nonce, now));
        assert!(!nonces.is_valid("", now));
    }
}
