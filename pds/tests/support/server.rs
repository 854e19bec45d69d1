//! The real `pds serve` binary on a free loopback port with a fresh data directory, stopped (killed)
//! when dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running server; killed and reaped on drop.
pub struct Server {
    pub child: Child,
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the binary on `127.0.0.1:0` with its data in `data_dir` and waits until it listens.
pub fn start(data_dir: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("pds starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("pds exited before listening")
            .expect("pds log is text");
        if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
            break rest.trim().parse::<u16>().expect("a port");
        }
    };
    // Keep draining the log so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}
