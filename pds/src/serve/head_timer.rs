//! Waiting for a request head. hyper's HTTP/1 server has one timer, started whenever it waits for the next
//! request head; [`HeadTimer`] splits that wait in two: the keep-alive idle time while no byte of the next
//! request has come (the first request of a connection gets the headers timeout instead), then the headers
//! timeout from its first byte. [`Watched`] is the connection's IO: it tells the timer when bytes arrive, holds
//! the connection's per-address [`Slot`], answers 408 when a head was cut off half-way, and lingers on close.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Instant;

use super::per_ip::Slot;

/// Sent when a client stopped in the middle of a request head (the connection is closed after it).
const TIMED_OUT: &[u8] = b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n\
content-length: 72\r\nconnection: close\r\n\r\n\
{\"error\":\"RequestTimeout\",\"message\":\"Request headers were not received\"}";

/// What one connection's timer and IO share.
#[derive(Default)]
pub(super) struct Clock(Mutex<Waiting>);

#[derive(Default)]
struct Waiting {
    /// hyper is waiting for a request head.
    active: bool,
    /// Which wait is the current one (a replaced wait must not end its successor).
    generation: u64,
    /// A request head has been read on this connection (later waits are keep-alive waits).
    served: bool,
    started: Option<Instant>,
    first_byte: Option<Instant>,
    /// The wait ended with part of a head received.
    cut_off: bool,
}

impl Clock {
    fn with<T>(&self, f: impl FnOnce(&mut Waiting) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// hyper's timer for one connection (the HTTP/1 server uses it only for the header read timeout).
pub(super) struct HeadTimer {
    pub(super) clock: Arc<Clock>,
    pub(super) headers: Duration,
    pub(super) keep_alive: Duration,
}

impl hyper::rt::Timer for HeadTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn hyper::rt::Sleep>> {
        self.sleep_until(std::time::Instant::now() + duration)
    }

    fn sleep_until(&self, _deadline: std::time::Instant) -> Pin<Box<dyn hyper::rt::Sleep>> {
        let now = Instant::now();
        let generation = self.clock.with(|w| {
            w.active = true;
            w.generation += 1;
            w.started = Some(now);
            w.first_byte = None;
            w.generation
        });
        Box::pin(HeadWait {
            generation,
            clock: self.clock.clone(),
            headers: self.headers,
            keep_alive: self.keep_alive,
            sleep: Box::pin(tokio::time::sleep_until(now + self.headers)),
        })
    }
}

/// One wait for a request head; resolves when the client has taken too long.
struct HeadWait {
    generation: u64,
    clock: Arc<Clock>,
    headers: Duration,
    keep_alive: Duration,
    sleep: Pin<Box<tokio::time::Sleep>>,
}

impl Future for HeadWait {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let (headers, keep_alive) = (self.headers, self.keep_alive);
        let deadline = self.clock.with(|w| {
            let started = w.started.unwrap_or_else(Instant::now);
            match (w.first_byte, w.served) {
                (Some(first), _) => first + headers,
                (None, false) => started + headers,
                (None, true) => started + keep_alive,
            }
        });
        if self.sleep.deadline() != deadline {
            self.sleep.as_mut().reset(deadline);
        }
        match self.sleep.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.clock.with(|w| w.cut_off = w.first_byte.is_some());
                Poll::Ready(())
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl hyper::rt::Sleep for HeadWait {}

impl Drop for HeadWait {
    /// hyper drops the wait once it has read a head.
    fn drop(&mut self) {
        self.clock.with(|w| {
            if w.generation == self.generation {
                w.active = false;
                w.served = true;
            }
        });
    }
}

/// How long a closing connection keeps reading (and discarding) what the client still sends: a client
/// refused before its body was read (413) is usually still sending it, and closing a socket with unread
/// data resets the connection, which can destroy the answer before the client reads it.
const LINGER: Duration = Duration::from_secs(2);

/// A client connection as hyper sees it.
pub(super) struct Watched {
    tcp: TcpStream,
    /// Set once hyper closes the connection: the end of the lingering read.
    linger: Option<Pin<Box<tokio::time::Sleep>>>,
    clock: Arc<Clock>,
    /// Counted against the client's address while the connection lives (none: one over the cap).
    slot: Option<Slot>,
}

impl Watched {
    pub(super) fn new(tcp: TcpStream, clock: Arc<Clock>, slot: Option<Slot>) -> Watched {
        Watched {
            tcp,
            linger: None,
            clock,
            slot,
        }
    }
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let read = Pin::new(&mut self.tcp).poll_read(cx, buf);
        if matches!(read, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.clock.with(|w| {
                if w.active && w.first_byte.is_none() {
                    w.first_byte = Some(Instant::now());
                }
            });
        }
        read
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.tcp.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    /// Sends FIN, then reads and discards until the client closes too or [`LINGER`] has passed.
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let linger = match &mut this.linger {
            Some(linger) => linger,
            None => {
                std::task::ready!(Pin::new(&mut this.tcp).poll_shutdown(cx))?;
                // A connection on its way out (bounded by LINGER) no longer counts against its address.
                this.slot = None;
                this.linger.insert(Box::pin(tokio::time::sleep(LINGER)))
            }
        };
        let mut discard = [0u8; 8192];
        loop {
            if linger.as_mut().poll(cx).is_ready() {
                return Poll::Ready(Ok(()));
            }
            let mut buf = ReadBuf::new(&mut discard);
            match Pin::new(&mut this.tcp).poll_read(cx, &mut buf) {
                Poll::Ready(Ok(())) if !buf.filled().is_empty() => continue,
                Poll::Ready(_) => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl Drop for Watched {
    /// hyper ends a connection whose head timed out without answering; a client that had started one
    /// gets a 408 (best effort: the socket's send buffer is empty at that point, so the write fits).
    fn drop(&mut self) {
        if self.clock.with(|w| w.cut_off) {
            let _ = self.tcp.try_write(TIMED_OUT);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeout_body_is_what_the_head_says() {
        let text = std::str::from_utf8(TIMED_OUT).unwrap_or_default();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or_default();
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{head}"
        );
        let json: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
        assert_eq!(json["error"], "RequestTimeout");
    }
}
