//! A DNS server on loopback for tests: TXT records set by the test (the `_lexicon.<authority>` and
//! `_atproto.<handle>` lookups), NXDOMAIN for anything else. One UDP question per message, answered from a
//! thread until the server is dropped.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// TXT records by lowercase name, answered over UDP on loopback until dropped.
pub struct Dns {
    pub addr: SocketAddr,
    records: Arc<Mutex<HashMap<String, Vec<String>>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Dns {
    /// Starts answering on a free loopback port.
    pub fn start() -> Self {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let addr = socket.local_addr().unwrap();
        let records: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (table, stopped) = (records.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let mut buffer = [0u8; 512];
            while !stopped.load(Ordering::Relaxed) {
                let Ok((len, peer)) = socket.recv_from(&mut buffer) else {
                    continue;
                };
                if let Some(answer) = answer(&buffer[..len], &table.lock().unwrap()) {
                    let _ = socket.send_to(&answer, peer);
                }
            }
        });
        Self {
            addr,
            records,
            stop,
            thread: Some(thread),
        }
    }

    /// Sets the TXT records of `name` (replacing any).
    pub fn set(&self, name: &str, values: &[&str]) {
        self.records.lock().unwrap().insert(
            name.to_ascii_lowercase(),
            values.iter().map(|v| (*v).to_owned()).collect(),
        );
    }
}

impl Dns {
    /// Removes the records of `name`: it answers NXDOMAIN.
    pub fn remove(&self, name: &str) {
        self.records
            .lock()
            .unwrap()
            .remove(&name.to_ascii_lowercase());
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The answer to one query: its TXT records, or NXDOMAIN.
fn answer(query: &[u8], records: &HashMap<String, Vec<String>>) -> Option<Vec<u8>> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = usize::from(*query.get(at)?);
        at += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let question = query.get(12..at + 4)?;
    let found = records.get(&labels.join("."));
    let mut out = Vec::new();
    out.extend_from_slice(query.get(..2)?);
    out.extend_from_slice(if found.is_some() {
        &[0x81, 0x80]
    } else {
        &[0x81, 0x83]
    });
    let count = found.map_or(0, Vec::len) as u16;
    out.extend_from_slice(&[0, 1]);
    out.extend_from_slice(&count.to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(question);
    for value in found.into_iter().flatten() {
        let mut data = Vec::new();
        for chunk in value.as_bytes().chunks(255) {
            data.push(chunk.len() as u8);
            data.extend_from_slice(chunk);
        }
        out.extend_from_slice(&[0xC0, 12, 0, 16, 0, 1, 0, 0, 0, 0]);
        out.extend_from_slice(&(data.len() as u16).to_be_bytes());
        out.extend_from_slice(&data);
    }
    Some(out)
}
