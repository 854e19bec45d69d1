//! The blob store on disk (`<data>/blobs/<did>/<cid>`): writes are atomic (temporary file, fsync, rename),
//! MIME types are sniffed from the first bytes, and files are removed once their rows are gone.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use lexgen::model::{Cid, Did};

/// Blob files of every account.
#[derive(Clone, Debug)]
pub struct BlobStore {
    root: PathBuf,
}

impl BlobStore {
    pub fn new(root: PathBuf) -> BlobStore {
        BlobStore { root }
    }

    fn dir(&self, did: &Did) -> PathBuf {
        // DIDs contain `:` (fine on Unix) and never `/`.
        self.root.join(did.as_str().replace(':', "_"))
    }

    fn path(&self, did: &Did, cid: &str) -> PathBuf {
        self.dir(did).join(cid)
    }

    /// Stores `bytes` as a blob of `did`, returning its CID (raw codec). Blocking: run off the runtime.
    pub fn put(&self, did: &Did, bytes: &[u8]) -> std::io::Result<Cid> {
        let cid = Cid::for_raw(bytes);
        let dir = self.dir(did);
        std::fs::create_dir_all(&dir)?;
        let final_path = dir.join(cid.to_string());
        if final_path.is_file() {
            return Ok(cid);
        }
        let tmp = dir.join(format!(".{cid}.{}.tmp", std::process::id()));
        {
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, &final_path)?;
        Ok(cid)
    }

    /// The bytes of a blob, if stored.
    pub fn get(&self, did: &Did, cid: &str) -> std::io::Result<Option<Vec<u8>>> {
        match std::fs::read(self.path(did, cid)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Removes a blob file (missing is fine).
    pub fn remove(&self, did: &Did, cid: &str) {
        if let Err(e) = std::fs::remove_file(self.path(did, cid))
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(%did, cid, error = %e, "could not remove a blob file");
        }
    }

    /// Removes every blob of an account.
    pub fn remove_all(&self, did: &Did) {
        let _ = std::fs::remove_dir_all(self.dir(did));
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// The MIME type of `bytes` from their signature; `fallback` (the client's Content-Type) when unknown.
pub fn sniff_mime(bytes: &[u8], fallback: &str) -> String {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..offset + magic.len()) == Some(magic);
    let sniffed = if starts(b"\xFF\xD8\xFF") {
        Some("image/jpeg")
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some("image/gif")
    } else if starts(b"RIFF") && at(8, b"WEBP") {
        Some("image/webp")
    } else if at(4, b"ftypavif") {
        Some("image/avif")
    } else if at(4, b"ftypheic") || at(4, b"ftypheix") || at(4, b"ftypmif1") {
        Some("image/heic")
    } else if at(4, b"ftypqt") {
        Some("video/quicktime")
    } else if at(4, b"ftyp") {
        Some("video/mp4")
    } else if starts(b"\x1A\x45\xDF\xA3") {
        Some("video/webm")
    } else if starts(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    };
    match sniffed {
        Some(mime) => mime.to_owned(),
        None => {
            let fallback = fallback.split(';').next().unwrap_or_default().trim();
            if fallback.is_empty() || fallback == "*/*" || !fallback.contains('/') {
                "application/octet-stream".to_owned()
            } else {
                fallback.to_ascii_lowercase()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_common_formats_and_falls_back() {
        assert_eq!(
            sniff_mime(b"\x89PNG\r\n\x1a\n....", "text/plain"),
            "image/png"
        );
        assert_eq!(sniff_mime(b"\xFF\xD8\xFF\xE0", "*/*"), "image/jpeg");
        assert_eq!(sniff_mime(b"RIFF....WEBPVP8 ", ""), "image/webp");
        assert_eq!(
            sniff_mime(b"hello", "text/plain; charset=utf-8"),
            "text/plain"
        );
        assert_eq!(sniff_mime(b"hello", "*/*"), "application/octet-stream");
    }
}
