//! A minimal DNS client for one job: the TXT records of `_atproto.<handle>` (handle → DID). One UDP query to
//! the system's first nameserver (`/etc/resolv.conf`), a 3-second timeout, strict parsing of the answer.
//! Written by hand because the maintained resolver crates pull in far more than this needs.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::net::UdpSocket;

const TYPE_TXT: u16 = 16;
const CLASS_IN: u16 = 1;
const TIMEOUT: Duration = Duration::from_secs(3);

/// The DID in the `_atproto.<handle>` TXT records (`did=<did>`), if exactly one record has one.
pub(crate) async fn atproto_did(handle: &str) -> Option<String> {
    let records = txt_records(&format!("_atproto.{handle}")).await.ok()?;
    did_from_txt(&records)
}

/// The single `did=` value among TXT record values.
pub(crate) fn did_from_txt(records: &[String]) -> Option<String> {
    let mut dids = records.iter().filter_map(|r| r.strip_prefix("did="));
    let did = dids.next()?;
    dids.next().is_none().then(|| did.trim().to_owned())
}

fn nameserver() -> SocketAddr {
    let configured = std::fs::read_to_string("/etc/resolv.conf")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|line| {
                let mut words = line.split_whitespace();
                (words.next() == Some("nameserver"))
                    .then(|| words.next()?.parse::<IpAddr>().ok())
                    .flatten()
            })
        });
    SocketAddr::new(configured.unwrap_or(IpAddr::from([1, 1, 1, 1])), 53)
}

/// The TXT records of `name` (each record's character strings joined), asked of the system's nameserver.
pub(crate) async fn txt_records(name: &str) -> Result<Vec<String>, String> {
    txt_records_from(name, nameserver()).await
}

/// The TXT records of `name`, asked of `server` (one UDP query, [`TIMEOUT`]).
pub(crate) async fn txt_records_from(
    name: &str,
    server: SocketAddr,
) -> Result<Vec<String>, String> {
    let id = u16::from_be_bytes(
        crate::auth::random_bytes(2)?
            .try_into()
            .map_err(|_| "no randomness".to_owned())?,
    );
    let query = encode_query(id, name)?;
    let bind = if server.is_ipv4() {
        "0.0.0.0:0"
    } else {
        "[::]:0"
    };
    let socket = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
    socket.connect(server).await.map_err(|e| e.to_string())?;
    socket.send(&query).await.map_err(|e| e.to_string())?;
    let mut buffer = [0u8; 4096];
    let len = tokio::time::timeout(TIMEOUT, socket.recv(&mut buffer))
        .await
        .map_err(|_| format!("no answer from {server} within {TIMEOUT:?}"))?
        .map_err(|e| e.to_string())?;
    parse_txt_response(id, buffer.get(..len).unwrap_or_default())
}

/// A recursive query for `name` TXT.
pub(crate) fn encode_query(id: u16, name: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(name.len() + 18);
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]); // RD; one question
    for label in name.trim_end_matches('.').split('.') {
        let len = u8::try_from(label.len()).map_err(|_| "label too long".to_owned())?;
        if len == 0 || len > 63 {
            return Err(format!("bad DNS label in {name:?}"));
        }
        out.push(len);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out.extend_from_slice(&TYPE_TXT.to_be_bytes());
    out.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| "truncated DNS message".to_owned())?;
        self.at += n;
        Ok(slice)
    }
    fn u16(&mut self) -> Result<u16, String> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    /// Skips a (possibly compressed) name.
    fn skip_name(&mut self) -> Result<(), String> {
        for _ in 0..128 {
            let len = *self.take(1)?.first().unwrap_or(&0);
            match len {
                0 => return Ok(()),
                l if l & 0xC0 == 0xC0 => {
                    self.take(1)?;
                    return Ok(());
                }
                l => {
                    self.take(usize::from(l))?;
                }
            }
        }
        Err("DNS name too long".into())
    }
}

/// The TXT answers of a response to query `id`.
pub(crate) fn parse_txt_response(id: u16, bytes: &[u8]) -> Result<Vec<String>, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.u16()? != id {
        return Err("DNS response ID mismatch".into());
    }
    let flags = r.u16()?;
    if flags & 0x8000 == 0 {
        return Err("not a DNS response".into());
    }
    match flags & 0x000F {
        0 => {}
        3 => return Ok(Vec::new()), // NXDOMAIN
        code => return Err(format!("DNS error code {code}")),
    }
    let (questions, answers) = (r.u16()?, r.u16()?);
    r.take(4)?;
    for _ in 0..questions {
        r.skip_name()?;
        r.take(4)?;
    }
    let mut out = Vec::new();
    for _ in 0..answers {
        r.skip_name()?;
        let (kind, class) = (r.u16()?, r.u16()?);
        r.take(4)?;
        let len = usize::from(r.u16()?);
        let data = r.take(len)?;
        if kind != TYPE_TXT || class != CLASS_IN {
            continue;
        }
        let mut text = Vec::with_capacity(len);
        let mut at = 0;
        while at < data.len() {
            let chunk = usize::from(data[at]);
            let piece = data
                .get(at + 1..at + 1 + chunk)
                .ok_or_else(|| "truncated TXT record".to_owned())?;
            text.extend_from_slice(piece);
            at += 1 + chunk;
        }
        out.push(String::from_utf8_lossy(&text).into_owned());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(id: u16, answers: &[&[&str]]) -> Vec<u8> {
        let mut out = encode_query(id, "_atproto.alice.example.com").unwrap();
        out[2] = 0x81;
        out[3] = 0x80;
        out[7] = answers.len() as u8;
        for chunks in answers {
            out.extend_from_slice(&[0xC0, 12, 0, 16, 0, 1, 0, 0, 1, 0]);
            let data: Vec<u8> = chunks
                .iter()
                .flat_map(|c| std::iter::once(c.len() as u8).chain(c.bytes()))
                .collect();
            out.extend_from_slice(&(data.len() as u16).to_be_bytes());
            out.extend_from_slice(&data);
        }
        out
    }

    #[test]
    fn parses_txt_answers_joining_chunks() {
        let bytes = response(7, &[&["did=did:plc:", "abc"], &["other"]]);
        let records = parse_txt_response(7, &bytes).unwrap();
        assert_eq!(records, ["did=did:plc:abc", "other"]);
        assert_eq!(did_from_txt(&records).as_deref(), Some("did:plc:abc"));
        assert!(parse_txt_response(8, &bytes).is_err());
        assert!(parse_txt_response(7, &bytes[..bytes.len() - 2]).is_err());
        let two = parse_txt_response(7, &response(7, &[&["did=a"], &["did=b"]])).unwrap();
        assert_eq!(did_from_txt(&two), None);
    }
}
