//! CAR v1: a streaming writer and a streaming, verifying reader (`varint(len) ‖ header`, then `varint(len) ‖ cid ‖ bytes`).

use std::io::{self, Read, Write};

use lexgen::model::{Cid, CidLink, Codec, drisl};
use serde::{Deserialize, Serialize};

/// The MIME type of CAR files.
pub(crate) const CAR_MIME_TYPE: &str = "application/vnd.ipld.car";

/// The largest header we read.
const MAX_HEADER_LEN: u64 = 4 * 1024;

/// Limits a reader applies to untrusted input.
#[derive(Clone, Copy, Debug)]
pub struct CarLimits {
    /// The largest block (CID and bytes) accepted.
    pub max_block_len: u64,
}

impl Default for CarLimits {
    /// Records are at most 1 MiB; MST nodes and commits are far smaller. 2 MiB leaves room for legacy data.
    fn default() -> Self {
        Self {
            max_block_len: 2 * 1024 * 1024,
        }
    }
}

/// What can be wrong with a CAR file.
#[derive(Debug, thiserror::Error)]
pub enum CarError {
    #[error("reading the CAR failed: {0}")]
    Io(#[from] io::Error),
    #[error("the CAR ends in the middle of {0}")]
    Truncated(&'static str),
    #[error("invalid CAR header: {0}")]
    Header(String),
    #[error("a block of {len} bytes exceeds the limit of {limit}")]
    BlockTooLarge { len: u64, limit: u64 },
    #[error("invalid CID in block {index}: {reason}")]
    BadCid { index: u64, reason: String },
    #[error("block {cid} does not hash to its CID")]
    HashMismatch { cid: Cid },
    #[error("malformed length prefix")]
    Varint,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    roots: Vec<CidLink>,
    version: u64,
}

/// Writes a CAR: the header on creation, then each block as it comes.
pub struct CarWriter<W: Write> {
    out: W,
}

impl<W: Write> CarWriter<W> {
    /// Starts a CAR whose single root is `root`.
    pub fn new(out: W, root: Cid) -> io::Result<Self> {
        Self::with_roots(out, vec![CidLink(root)])
    }

    /// Starts a CAR with no root (a bag of blocks, as `getBlocks` returns).
    pub fn without_root(out: W) -> io::Result<Self> {
        Self::with_roots(out, Vec::new())
    }

    fn with_roots(mut out: W, roots: Vec<CidLink>) -> io::Result<Self> {
        let header = Header { roots, version: 1 };
        let bytes = drisl::to_vec(&header).map_err(io::Error::other)?;
        write_varint(&mut out, bytes.len() as u64)?;
        out.write_all(&bytes)?;
        Ok(Self { out })
    }

    pub fn write_block(&mut self, cid: &Cid, bytes: &[u8]) -> io::Result<()> {
        let cid_bytes = cid.to_bytes();
        write_varint(&mut self.out, (cid_bytes.len() + bytes.len()) as u64)?;
        self.out.write_all(&cid_bytes)?;
        self.out.write_all(bytes)
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Reads a CAR block by block, checking each block's bytes against its CID. Holds one block at a time.
pub struct CarReader<R: Read> {
    input: R,
    roots: Vec<Cid>,
    limits: CarLimits,
    index: u64,
}

impl<R: Read> CarReader<R> {
    /// Reads the header.
    pub fn new(mut input: R, limits: CarLimits) -> Result<Self, CarError> {
        let len = read_varint(&mut input)?.ok_or(CarError::Truncated("the header"))?;
        if len == 0 || len > MAX_HEADER_LEN {
            return Err(CarError::Header(format!(
                "header length {len} out of range"
            )));
        }
        let mut bytes = vec![0; len as usize];
        read_exact(&mut input, &mut bytes, "the header")?;
        let header: Header =
            drisl::from_slice(&bytes).map_err(|e| CarError::Header(e.to_string()))?;
        if header.version != 1 {
            return Err(CarError::Header(format!(
                "version {} is not 1",
                header.version
            )));
        }
        Ok(Self {
            input,
            roots: header.roots.into_iter().map(|r| r.0).collect(),
            limits,
            index: 0,
        })
    }

    /// The roots named by the header.
    pub fn roots(&self) -> &[Cid] {
        &self.roots
    }

    /// The next verified block, or `None` at the end of the file.
    pub fn next_block(&mut self) -> Result<Option<(Cid, Vec<u8>)>, CarError> {
        let Some(len) = read_varint(&mut self.input)? else {
            return Ok(None);
        };
        if len > self.limits.max_block_len {
            return Err(CarError::BlockTooLarge {
                len,
                limit: self.limits.max_block_len,
            });
        }
        let index = self.index;
        self.index += 1;
        let mut prefix = [0u8; Cid::BINARY_LEN];
        if len < prefix.len() as u64 {
            return Err(CarError::BadCid {
                index,
                reason: format!("block of {len} bytes cannot hold a CID"),
            });
        }
        read_exact(&mut self.input, &mut prefix, "a block's CID")?;
        let cid = Cid::from_bytes(&prefix).map_err(|e| CarError::BadCid {
            index,
            reason: e.to_string(),
        })?;
        let mut bytes = vec![0; (len as usize) - prefix.len()];
        read_exact(&mut self.input, &mut bytes, "a block")?;
        let computed = match cid.codec() {
            Codec::DagCbor => Cid::for_dag_cbor(&bytes),
            Codec::Raw => Cid::for_raw(&bytes),
        };
        if computed != cid {
            return Err(CarError::HashMismatch { cid });
        }
        Ok(Some((cid, bytes)))
    }
}

impl<R: Read> Iterator for CarReader<R> {
    type Item = Result<(Cid, Vec<u8>), CarError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_block().transpose()
    }
}

fn read_exact(input: &mut impl Read, buf: &mut [u8], what: &'static str) -> Result<(), CarError> {
    input.read_exact(buf).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => CarError::Truncated(what),
        _ => CarError::Io(e),
    })
}

/// An unsigned LEB128 varint; `None` on a clean end of input before its first byte.
fn read_varint(input: &mut impl Read) -> Result<Option<u64>, CarError> {
    let mut value: u64 = 0;
    for i in 0..10 {
        let mut byte = [0u8];
        let n = loop {
            match input.read(&mut byte) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            }
        };
        if n == 0 {
            return if i == 0 {
                Ok(None)
            } else {
                Err(CarError::Truncated("a length prefix"))
            };
        }
        let bits = u64::from(byte[0] & 0x7f);
        if i == 9 && bits > 1 {
            return Err(CarError::Varint);
        }
        value |= bits << (7 * i);
        if byte[0] & 0x80 == 0 {
            if i > 0 && byte[0] == 0 {
                return Err(CarError::Varint);
            }
            return Ok(Some(value));
        }
    }
    Err(CarError::Varint)
}

fn write_varint(out: &mut impl Write, mut value: u64) -> io::Result<()> {
    let mut buf = [0u8; 10];
    let mut len = 0;
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            buf[len] = byte;
            len += 1;
            break;
        }
        buf[len] = byte | 0x80;
        len += 1;
    }
    out.write_all(&buf[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Cid, Vec<crate::repo::Block>, Vec<u8>) {
        let blocks: Vec<crate::repo::Block> = [&b"\xa1aa\x01"[..], b"\xa0", b"\x80"]
            .iter()
            .map(|b| (Cid::for_dag_cbor(b), b.to_vec()))
            .collect();
        let root = blocks[0].0;
        let mut writer = CarWriter::new(Vec::new(), root).unwrap();
        for (cid, bytes) in &blocks {
            writer.write_block(cid, bytes).unwrap();
        }
        (root, blocks, writer.finish().unwrap())
    }

    #[test]
    fn round_trip() {
        let (root, blocks, car) = sample();
        let reader = CarReader::new(&car[..], CarLimits::default()).unwrap();
        assert_eq!(reader.roots(), &[root]);
        let read: Vec<_> = reader.collect::<Result<_, _>>().unwrap();
        assert_eq!(read, blocks);
    }

    #[test]
    fn flipped_byte_is_a_hash_mismatch() {
        let (_, _, mut car) = sample();
        let last = car.len() - 1;
        car[last] ^= 1;
        let result: Result<Vec<_>, _> = CarReader::new(&car[..], CarLimits::default())
            .unwrap()
            .collect();
        assert!(matches!(result, Err(CarError::HashMismatch { .. })));
    }

    #[test]
    fn truncation_and_limits() {
        let (_, _, car) = sample();
        let result: Result<Vec<_>, _> = CarReader::new(&car[..car.len() - 1], CarLimits::default())
            .unwrap()
            .collect();
        assert!(matches!(result, Err(CarError::Truncated(_))));
        let tiny = CarLimits { max_block_len: 8 };
        let result: Result<Vec<_>, _> = CarReader::new(&car[..], tiny).unwrap().collect();
        assert!(matches!(result, Err(CarError::BlockTooLarge { .. })));
        assert!(CarReader::new(&b""[..], CarLimits::default()).is_err());
        assert!(CarReader::new(&b"\x05\xa0\xa0\xa0\xa0\xa0"[..], CarLimits::default()).is_err());
    }

    #[test]
    fn varints() {
        for value in [0u64, 1, 127, 128, 300, 1 << 40, u64::MAX] {
            let mut buf = Vec::new();
            write_varint(&mut buf, value).unwrap();
            assert_eq!(read_varint(&mut &buf[..]).unwrap(), Some(value));
        }
        assert!(read_varint(&mut &[0x80, 0x00][..]).is_err(), "non-minimal");
    }
}
