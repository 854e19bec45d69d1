//! The real `pds serve` binary on a free loopback port with a fresh data directory, stopped (killed) on
//! drop, and what tests read from its data directory (the mail outbox). Included by path from each test
//! crate that needs it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub struct Server {
    child: Child,
    pub port: u16,
    pub data: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// The binary with `PDS_*` settings `env` (on top of a fresh data directory and port 0).
    pub fn start(env: &[(&str, String)]) -> Server {
        let data = tempfile::tempdir().unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
        command
            .arg("serve")
            .env("PDS_DATA_DIR", data.path())
            .env("PDS_PORT", "0")
            .env("RUST_LOG", "warn")
            .stderr(Stdio::piped())
            .stdout(Stdio::null());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = loop {
            let line = lines.next().expect("pds exited before listening").unwrap();
            if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
                break rest.trim().parse::<u16>().unwrap();
            }
        };
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, port, data }
    }

    /// Its public URL (`localhost`, as its DID documents and service DID name it).
    pub fn url(&self) -> String {
        format!("http://localhost:{}", self.port)
    }

    /// Its embedded PLC directory.
    pub fn plc_url(&self) -> String {
        format!("{}/plc", self.url())
    }

    /// The newest mail in its outbox.
    pub fn last_mail(&self) -> String {
        let outbox = self.data.path().join("outbox");
        let mut mails: Vec<PathBuf> = std::fs::read_dir(&outbox)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        mails.sort();
        std::fs::read_to_string(mails.last().expect("no mail")).unwrap()
    }

    /// The e-mailed confirmation token (`XXXXX-XXXXX`) in the newest mail.
    pub fn last_token(&self) -> String {
        let mail = self.last_mail();
        mail.split_whitespace()
            .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
            .expect("no token in the mail")
            .to_owned()
    }
}
