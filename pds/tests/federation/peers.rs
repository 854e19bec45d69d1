//! The reference firehose consumers as child processes driven over stdin (tests/js/firehose-consumer.mjs,
//! tests/py/firehose_consumer.py): commands out, one JSON line back per command.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

pub struct Peer {
    name: &'static str,
    child: Child,
    stdin: ChildStdin,
    lines: UnboundedReceiver<Value>,
    /// The seq of its first event, once it said so.
    pub live: Option<i64>,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Peer {
    /// Starts `command`; its JSON stdout lines are collected, everything else (and stderr) passed on.
    pub fn spawn(name: &'static str, mut command: Command) -> Peer {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = unbounded_channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                match serde_json::from_str::<Value>(&line) {
                    Ok(value) if value.is_object() => {
                        if send.send(value).is_err() {
                            break;
                        }
                    }
                    _ => eprintln!("{name}: {line}"),
                }
            }
        });
        Peer {
            name,
            child,
            stdin,
            lines,
            live: None,
        }
    }

    /// Whether it has said it is live (without waiting).
    pub fn is_live(&mut self) -> bool {
        while self.live.is_none()
            && let Ok(line) = self.lines.try_recv()
        {
            self.note(&line);
        }
        self.live.is_some()
    }

    fn note(&mut self, line: &Value) {
        if let Some(seq) = line.get("live").and_then(Value::as_i64) {
            self.live = Some(seq);
        }
    }

    /// Sends `command` without waiting.
    pub fn send(&mut self, command: &str) {
        writeln!(self.stdin, "{command}").unwrap();
        self.stdin.flush().unwrap();
    }

    /// Waits (30 s at most) for its line carrying `key`.
    pub async fn expect(&mut self, key: &str) -> Value {
        loop {
            let line = tokio::time::timeout(Duration::from_secs(30), self.lines.recv())
                .await
                .unwrap_or_else(|_| panic!("{}: no `{key}` within 30 s", self.name))
                .unwrap_or_else(|| panic!("{}: exited before `{key}`", self.name));
            self.note(&line);
            if line.get(key).is_some() {
                return line;
            }
        }
    }

    /// Sends `command` and waits for its answer, the line carrying `key`.
    pub async fn ask(&mut self, command: &str, key: &str) -> Value {
        self.send(command);
        self.expect(key).await
    }
}
