//! MIME types of blobs, sniffed from their first bytes (the client's `Content-Type` when unknown).

/// The MIME type of `bytes` from their signature; `fallback` (the client's Content-Type) when unknown.
pub(crate) fn sniff_mime(bytes: &[u8], fallback: &str) -> String {
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
