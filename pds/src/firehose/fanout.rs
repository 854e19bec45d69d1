//! The fan-out thread: every subscriber's socket is written from one thread of its own, at a lower
//! scheduling priority than the threads that serve requests and commit writes.
//!
//! Sending an event to N subscribers costs N socket writes. On the request runtime those writes compete
//! for every core with the writes they report, so a thousand subscribers cut the write rate to a fraction.
//! Here they take at most one core, and when the cores are busy the kernel runs requests and commits first:
//! the subscribers fall a little behind, and each socket write then carries every frame its subscriber is
//! behind by ([`super::ws`]), so the fan-out's cost per event shrinks as the write rate grows. With cores to
//! spare (any paced load) the thread runs at once and the event latency is unchanged. A subscriber more
//! than `max_buffer` events behind is still closed with `ConsumerTooSlow`.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Handle};
use tokio::task::JoinHandle;

/// The fan-out thread's nice value (0 is the default; 19 the lowest priority). At 5 it weighs 335 against
/// a default thread's 1024 on a contended core (about a quarter of that core); with cores to spare it gets
/// all it needs.
const NICE: i32 = 5;

/// Runs `subscription` on the fan-out thread until it ends; dropping the returned future (the server shutting
/// down, the connection's task cancelled) stops it there too.
pub(super) async fn run(subscription: impl Future<Output = ()> + Send + 'static) {
    match runtime() {
        Some(handle) => {
            let mut task = Task(handle.spawn(subscription));
            let _ = (&mut task.0).await;
        }
        // No fan-out thread could be started (reported once): serve the subscription where it is.
        None => subscription.await,
    }
}

/// A task on the fan-out thread, aborted when dropped.
struct Task(JoinHandle<()>);

impl Drop for Task {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The fan-out thread's runtime, started on first use and kept for the life of the process.
fn runtime() -> Option<&'static Handle> {
    static RUNTIME: OnceLock<Option<Handle>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| match start() {
            Ok(handle) => Some(handle),
            Err(error) => {
                tracing::warn!(%error, "firehose: no fan-out thread; subscribers are served on the request runtime");
                None
            }
        })
        .as_ref()
}

fn start() -> std::io::Result<Handle> {
    let runtime = Builder::new_current_thread()
        .enable_all()
        .thread_name("firehose-io")
        .on_thread_start(lower_priority)
        .build()?;
    let handle = runtime.handle().clone();
    std::thread::Builder::new()
        .name("firehose".into())
        .spawn(move || {
            lower_priority();
            runtime.block_on(std::future::pending::<()>());
        })?;
    Ok(handle)
}

/// Lowers the calling thread's priority to [`NICE`]. On Linux `setpriority(PRIO_PROCESS, 0)` changes the
/// calling thread only (each thread has its own nice value), which is what is wanted here.
fn lower_priority() {
    if let Err(error) = rustix::process::setpriority_process(None, NICE) {
        tracing::debug!(%error, "firehose: could not lower the fan-out thread's priority");
    }
}
