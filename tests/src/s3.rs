//! An S3-compatible server on loopback for the blob store tests: moto's server (`moto[s3]` on PyPI, pinned
//! in `tests/py/requirements.txt`, run from `tests/py/.venv`), started on a free port and stopped when
//! dropped. Under `CI` a missing environment fails the test; elsewhere the test is skipped with a message.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running moto server.
pub struct S3Server {
    child: Child,
    port: u16,
}

/// Whether moto's server can run here. Under `CI` its absence is an error.
pub fn available(test: &str) -> anyhow::Result<bool> {
    let ready = Command::new(crate::python::interpreter())
        .args(["-c", "import moto.server, flask, flask_cors"])
        .output()
        .is_ok_and(|out| out.status.success());
    if ready {
        return Ok(true);
    }
    let missing = "tests/py/.venv with moto (see tests/src/s3.rs)";
    if std::env::var_os("CI").is_some() {
        anyhow::bail!("{test}: {missing} is missing, and CI requires the S3 blob store checks");
    }
    eprintln!("warning: {test} skipped: {missing} is missing");
    Ok(false)
}

impl S3Server {
    /// Starts moto on a free loopback port and waits until it answers.
    pub fn start() -> anyhow::Result<S3Server> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = Command::new(crate::python::interpreter())
            .args([
                "-m",
                "moto.server",
                "-H",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let server = S3Server { child, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        while server.request("GET", "/").is_err() {
            if Instant::now() > deadline {
                anyhow::bail!("moto did not answer on port {port} within 30 s");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(server)
    }

    /// The endpoint URL (`http://127.0.0.1:<port>`).
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Creates a bucket.
    pub fn create_bucket(&self, name: &str) -> anyhow::Result<()> {
        let (status, body) = self.request("PUT", &format!("/{name}"))?;
        anyhow::ensure!(status == 200, "creating bucket {name}: {status} {body}");
        Ok(())
    }

    /// The keys in `bucket` under `prefix` (first 1,000), from an unsigned ListObjects (moto does not
    /// check signatures).
    pub fn keys(&self, bucket: &str, prefix: &str) -> anyhow::Result<Vec<String>> {
        let (status, body) = self.request("GET", &format!("/{bucket}?prefix={prefix}"))?;
        anyhow::ensure!(status == 200, "listing {bucket}: {status} {body}");
        Ok(body
            .split("<Key>")
            .skip(1)
            .filter_map(|rest| rest.split("</Key>").next())
            .map(str::to_owned)
            .collect())
    }

    /// One HTTP/1.0 request without a body: `(status, body)`.
    fn request(&self, method: &str, path: &str) -> anyhow::Result<(u16, String)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        write!(
            stream,
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\n\r\n",
            self.port
        )?;
        let mut response = String::new();
        stream.read_to_string(&mut response)?;
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("not an HTTP response: {response:.200}"))?;
        let body = response.split_once("\r\n\r\n").map_or("", |(_, body)| body);
        Ok((status, body.to_owned()))
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
