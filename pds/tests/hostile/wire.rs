//! A raw HTTP/1.1 client over TCP, so requests can lie about their length, stall, or break the protocol:
//! requests are bytes, answers are parsed by hand (chunked bodies included), each exchange is timed.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// The longest any answer may take once the request (or what the client will send of it) is out.
pub const PROMPT: Duration = Duration::from_secs(1);

/// A parsed answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// From the last byte sent to the end of the answer (or the connection's).
    pub elapsed: Duration,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `{"error": "<name>", "message": "<text>"}` with a JSON content type.
    pub fn is_xrpc_error(&self) -> bool {
        let json = self.json();
        self.header("content-type")
            .is_some_and(|t| t.starts_with("application/json"))
            && json["error"].as_str().is_some_and(|e| !e.is_empty())
            && json["message"].is_string()
    }

    pub fn summary(&self) -> String {
        format!(
            "{} {} in {:?}",
            self.status,
            String::from_utf8_lossy(&self.body[..self.body.len().min(300)]),
            self.elapsed
        )
    }
}

/// A request: method, path, headers, body; `Host`, `Content-Length` (unless a header sets a length or
/// framing) and `Connection: close` are added.
pub fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let framed = headers.iter().any(|(n, _)| {
        n.eq_ignore_ascii_case("content-length") || n.eq_ignore_ascii_case("transfer-encoding")
    });
    if !framed && (!body.is_empty() || method == "POST") {
        head.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Sends `bytes` on a new connection and reads the answer until the server closes it.
pub async fn exchange(addr: SocketAddr, bytes: &[u8]) -> Answer {
    let mut tcp = TcpStream::connect(addr).await.expect("connect");
    // A server may answer and close before reading everything (a refused length): that is its right.
    let _ = tcp.write_all(bytes).await;
    read_answer(&mut tcp, Instant::now()).await
}

/// Reads one answer from `tcp` until it is complete or the connection closes (at most 3 s, so a hang
/// shows up as a slow answer rather than a stuck test).
pub async fn read_answer(tcp: &mut TcpStream, since: Instant) -> Answer {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(3);
    loop {
        if complete(&raw) {
            break;
        }
        match tokio::time::timeout_at(deadline, tcp.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => raw.extend_from_slice(&buf[..n]),
        }
    }
    let elapsed = since.elapsed();
    parse(&raw, elapsed)
}

/// Whether `raw` holds a whole answer (by its length or its last chunk).
fn complete(raw: &[u8]) -> bool {
    let Some(end) = find(raw, b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let body = &raw[end + 4..];
    if let Some(length) = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        return body.len() >= length;
    }
    if head.contains("transfer-encoding: chunked") {
        return body.ends_with(b"0\r\n\r\n");
    }
    false
}

fn parse(raw: &[u8], elapsed: Duration) -> Answer {
    let Some(end) = find(raw, b"\r\n\r\n") else {
        // No answer at all (or half a head): status 0.
        return Answer {
            status: 0,
            headers: Vec::new(),
            body: raw.to_vec(),
            elapsed,
        };
    };
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body);
    }
    // A body is what its declared length says (more bytes would be the server's mistake, not body).
    if let Some(length) = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
    {
        body.truncate(length);
    }
    Answer {
        status,
        headers,
        body,
        elapsed,
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = find(raw, b"\r\n") {
        let size = std::str::from_utf8(&raw[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        raw = &raw[line_end + 2..];
        if size == 0 || raw.len() < size {
            break;
        }
        out.extend_from_slice(&raw[..size]);
        raw = raw.get(size + 2..).unwrap_or_default();
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
