//! The one naming function family of generated code: NSIDs to module paths, defs and properties to
//! Rust identifiers, odd strings (known values, error names) to variants; keywords escaped.

/// Rust keywords that `r#` cannot escape; these get a trailing `_` instead.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Strict and reserved keywords of Rust 2024.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Splits `text` into words: at non-alphanumeric characters, lower→upper case changes, and before
/// the last capital of an acronym followed by lower case (`getHTTPThing` → get, HTTP, Thing).
fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if c.is_ascii_uppercase() => {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            }
            _ => false,
        };
        if boundary && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `snake_case` of a lexicon name (`getRecord` → `get_record`), without escaping.
pub fn snake_case(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// `UpperCamelCase` of a lexicon name (`replyRef` → `ReplyRef`, `en-US` → `EnUs`), without escaping.
pub fn upper_camel(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// `SCREAMING_SNAKE_CASE` (`reasonSpam` → `REASON_SPAM`), for token constants.
pub fn screaming_snake(text: &str) -> String {
    snake_case(text).to_ascii_uppercase()
}

/// Makes `name` a usable identifier: empty → `_empty`, leading digit → `_` prefix, keywords →
/// raw identifiers (`r#type`) or a trailing `_` for those that cannot be raw (`self_`).
pub fn escape(name: &str) -> String {
    let name = if name.is_empty() {
        "empty".to_owned()
    } else {
        name.to_owned()
    };
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    };
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// A type or variant name for `text`: escaped `UpperCamelCase`, `Empty` for nothing usable.
pub fn type_name(text: &str) -> String {
    let camel = upper_camel(text);
    if camel.is_empty() {
        "Empty".to_owned()
    } else {
        escape(&camel)
    }
}

/// A field or function name for `text`: escaped `snake_case`.
pub fn field_name(text: &str) -> String {
    escape(&snake_case(text))
}

/// The module path of a document: `app.bsky.feed.post` → `["app", "bsky", "feed", "post"]`.
pub fn module_path(nsid: &str) -> Vec<String> {
    nsid.split('.').map(field_name).collect()
}

/// The type name of def `def` in document `nsid`: `main` takes the NSID's last segment; another
/// def whose name would be the same (`app.bsky.embed.external#external` beside `main`) gets `Def`
/// appended when the document has a `main`.
pub fn def_type_name(nsid: &str, def: &str, has_main: bool) -> String {
    let main = type_name(nsid.rsplit('.').next().unwrap_or(nsid));
    if def == "main" {
        main
    } else {
        let name = type_name(def);
        if has_main && name == main {
            format!("{name}Def")
        } else {
            name
        }
    }
}

/// The variant name of a known value: the text after `#` (token refs) or the last `.` segment
/// (NSIDs) when that is a plain name, otherwise the whole string.
pub fn known_value_variant(value: &str) -> String {
    let tail = value.rsplit_once('#').map(|(_, t)| t).unwrap_or(value);
    type_name(tail)
}

/// Makes every name in `names` distinct by appending `2`, `3`, ... to later duplicates.
pub fn dedupe(names: &mut [String]) {
    let mut seen = std::collections::BTreeSet::new();
    for name in names.iter_mut() {
        if !seen.insert(name.clone()) {
            let mut n = 2;
            while seen.contains(&format!("{name}{n}")) {
                n += 1;
            }
            *name = format!("{name}{n}");
            seen.insert(name.clone());
        }
    }
}

#[cfg(test)]
mod tests;
