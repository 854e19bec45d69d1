//! Asking the CPU to start loading a record's heap data before the walk reaches it. The walk is
//! depth first, so each map it enters would wait for its entries in turn; a breadth-first pass
//! of prefetches first has the loads of one level in flight together, and leaves the walk
//! reading from the cache.
#![allow(unsafe_code)]

use crate::model::Value;

/// How many containers the pass visits at most (a typical post has about 25).
const MAX_NODES: usize = 64;

/// Hints that `root`'s maps, arrays and strings are about to be read, breadth first, up to
/// [`MAX_NODES`] containers. Only a hint: it changes no result.
pub(super) fn tree(root: &Value) {
    static NULL: Value = Value::Null;
    let mut queue = Queue {
        nodes: [&NULL; MAX_NODES],
        len: 0,
    };
    queue.push(root);
    let mut next = 0;
    while let Some(&node) = queue.nodes.get(next).filter(|_| next < queue.len) {
        next += 1;
        match node {
            Value::Map(map) => map.entries().iter().for_each(|(_, v)| queue.push(v)),
            Value::Array(items) => items.iter().for_each(|v| queue.push(v)),
            _ => {}
        }
    }
}

/// The containers seen so far, in breadth-first order.
struct Queue<'v> {
    nodes: [&'v Value; MAX_NODES],
    len: usize,
}

impl<'v> Queue<'v> {
    /// Prefetches `value`'s heap data; a container is queued (while there is room).
    #[inline]
    fn push(&mut self, value: &'v Value) {
        let data: *const u8 = match value {
            Value::Map(map) => map.entries().as_ptr().cast(),
            Value::Array(items) => items.as_ptr().cast(),
            Value::String(s) => return hint(s.as_ptr()),
            _ => return,
        };
        hint(data);
        if let Some(slot) = self.nodes.get_mut(self.len) {
            *slot = value;
            self.len += 1;
        }
    }
}

#[inline]
fn hint(data: *const u8) {
    // (Not under Miri, which has no use for a cache hint.)
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: a prefetch has no effect on memory or program state and never faults, whatever
    // the address (including a dangling one of an empty vector); `sse` is part of x86_64.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(data.cast());
    }
    #[cfg(not(all(target_arch = "x86_64", not(miri))))]
    let _ = data;
}
