//! What the tests against the reference PDS (`bench/reference-pds`) share: installing it, child processes
//! started until they print a marker and killed on drop, free ports. Included by path from each test crate
//! that needs it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// A child process killed (if still running) when dropped.
pub struct Running(Child);

impl Running {
    /// Stops it with SIGTERM and waits: it must exit cleanly.
    pub fn stop(mut self) {
        let pid = self.0.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let exit = self.0.wait().unwrap();
        assert!(exit.success(), "{pid} exited with {exit}");
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Spawns `command` and reads stdout (or stderr) until a line contains `marker`; returns the process and
/// the rest of that line after the marker. The stream keeps being drained so the child never blocks on a
/// full pipe.
pub fn spawn_until(mut command: Command, from_stderr: bool, marker: &str) -> (Running, String) {
    if from_stderr {
        command.stderr(Stdio::piped()).stdout(Stdio::null());
    } else {
        command.stdout(Stdio::piped()).stderr(Stdio::inherit());
    }
    let mut child = command.spawn().unwrap();
    let stream: Box<dyn std::io::Read + Send> = if from_stderr {
        Box::new(child.stderr.take().unwrap())
    } else {
        Box::new(child.stdout.take().unwrap())
    };
    let running = Running(child);
    let mut lines = BufReader::new(stream).lines();
    let rest = loop {
        let line = lines
            .next()
            .unwrap_or_else(|| panic!("exited before printing {marker:?}"))
            .unwrap();
        if let Some(at) = line.find(marker) {
            break line[at + marker.len()..].to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    (running, rest)
}

/// The decimal port at the start of `text`.
pub fn port_in(text: &str) -> u16 {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap()
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Installs the pinned reference PDS (a no-op when installed); whether it can run here. Under `CI` a
/// failure is an error naming `test`.
pub fn reference_installed(test: &str) -> bool {
    let script = workspace().join("bench/reference-pds/install.sh");
    let installed = Command::new("bash")
        .arg(&script)
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: installing the reference PDS ({}) failed, and CI requires this test",
            script.display()
        );
        eprintln!("warning: {test} skipped: the reference PDS could not be installed");
    }
    installed
}

/// A standalone PLC directory (`pds plc-serve`) on a free port with its database at `db`; its port.
pub fn plc_serve(db: &Path) -> (Running, u16) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command
        .args(["plc-serve", "--port", "0", "--db"])
        .arg(db)
        .env("RUST_LOG", "info");
    let (running, rest) = spawn_until(command, true, "addr=127.0.0.1:");
    (running, port_in(&rest))
}
