//! JSON paths for diagnostics: `$.defs.main.record.properties.text`, `$.permissions[0]`, `$["title:lang"]`.

/// The path of the document root.
pub const ROOT: &str = "$";

/// The path of the member `key` of the object at `parent`; keys that are not plain identifiers are quoted.
pub fn child(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'-');
    if plain {
        format!("{parent}.{key}")
    } else {
        let quoted = serde_json::to_string(key).unwrap_or_else(|_| format!("\"{key}\""));
        format!("{parent}[{quoted}]")
    }
}

/// The path of element `index` of the array at `parent`.
pub fn index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(child(ROOT, "defs"), "$.defs");
        assert_eq!(child("$.defs", "title:lang"), "$.defs[\"title:lang\"]");
        assert_eq!(child("$", "cid-link"), "$.cid-link");
        assert_eq!(index("$.refs", 2), "$.refs[2]");
    }
}
