//! The cap on open connections per client address: a count per IP address, held by a [`Slot`] for as long
//! as the connection (or the WebSocket it was upgraded to) stays open.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

/// Open connections by client address.
pub(super) struct PerIp {
    /// 0: no cap.
    max: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// One open connection of `ip`, counted until dropped.
pub(super) struct Slot {
    ip: IpAddr,
    owner: Arc<PerIp>,
}

impl PerIp {
    pub(super) fn new(max: usize) -> Arc<PerIp> {
        Arc::new(PerIp {
            max,
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A slot for a new connection from `ip`, or `None` when `ip` already has the most allowed.
    pub(super) fn take(self: &Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(ip).or_insert(0);
        if self.max != 0 && *count >= self.max {
            return None;
        }
        *count += 1;
        Some(Slot {
            ip,
            owner: self.clone(),
        })
    }

    #[cfg(test)]
    fn open(&self, ip: IpAddr) -> usize {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.get(&ip).copied().unwrap_or(0)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self
            .owner
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_address_and_frees_on_drop() {
        let per_ip = PerIp::new(2);
        let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));
        let first = per_ip.take(a).expect("first");
        let second = per_ip.take(a).expect("second");
        assert!(per_ip.take(a).is_none(), "a third from the same address");
        assert!(per_ip.take(b).is_some(), "another address is counted apart");
        drop(first);
        assert_eq!(per_ip.open(a), 1);
        let third = per_ip.take(a).expect("a freed slot");
        drop((second, third));
        assert_eq!(per_ip.open(a), 0);
        assert!(
            per_ip
                .open
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .is_empty()
        );
        let uncapped = PerIp::new(0);
        let held: Vec<_> = (0..1000).filter_map(|_| uncapped.take(a)).collect();
        assert_eq!(held.len(), 1000);
    }
}
