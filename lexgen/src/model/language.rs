//! `Language`: a BCP 47 language tag, well-formed per RFC 5646 (the Lexicon `language` format), and
//! the stricter profile the interop parse vectors check.

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// A language tag such as `en`, `pt-BR` or `zh-Hant`. Kept as written.
///
/// Accepted: any *well-formed* tag of RFC 5646 §2.1, in any case (tags are case-insensitive,
/// §2.1.1): a 2–8 letter primary language, optional extended language, script, region, variants,
/// extensions and private use; a tag that is private use alone (`x-…`); or a grandfathered tag.
/// The Lexicon spec asks exactly this of the `language` format ("must validate as a well-formed
/// language tag"; clients ignore well-formed tags that are not valid).
///
/// [`Language::check_strict`] is the stricter profile of the interop parse vectors: a 2–3 letter
/// lowercase primary language, and no variant or extension singleton repeated (RFC 5646 §2.2.5–§2.2.6).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(Arc<str>);

string_type!(Language);

/// The grandfathered tags of RFC 5646 §2.1 that do not follow the `langtag` grammar (irregular); the regular ones
/// (`zh-hakka`, `art-lojban`, ...) parse as `langtag`s.
const IRREGULAR: &[&str] = &[
    "en-gb-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-ch-de",
];

impl Language {
    /// The primary language subtag (`pt` for `pt-BR`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or_default()
    }

    /// Checks the stricter profile of the interop parse vectors (see the type's documentation).
    pub fn check_strict(text: &str) -> Result<(), SyntaxError> {
        Self::check_with(text, true)
    }

    fn check(text: &str) -> Result<(), SyntaxError> {
        Self::check_with(text, false)
    }

    fn check_with(text: &str, strict: bool) -> Result<(), SyntaxError> {
        let fail = |reason: &str| SyntaxError::new("language", reason);
        if text.is_empty() || text.len() > 128 {
            return Err(fail("must be 1 to 128 characters"));
        }
        if IRREGULAR.iter().any(|tag| tag.eq_ignore_ascii_case(text)) {
            return Ok(());
        }
        let subtags: Vec<&str> = text.split('-').collect();
        if subtags
            .iter()
            .any(|s| s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return Err(fail("subtags must be non-empty and alphanumeric"));
        }
        if subtags[0].eq_ignore_ascii_case("x") {
            return check_private_use(&subtags[1..]).map_err(fail);
        }
        check_langtag(&subtags, strict).map_err(fail)
    }
}

fn is_alpha(s: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn is_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_variant(s: &str) -> bool {
    (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit())
}

/// `x-` followed by one or more subtags of 1–8 characters.
fn check_private_use(rest: &[&str]) -> Result<(), &'static str> {
    if rest.is_empty() || rest.iter().any(|s| s.len() > 8) {
        return Err("private use needs subtags of 1 to 8 characters");
    }
    Ok(())
}

/// RFC 5646 `langtag`; `strict` wants a lowercase 2–3 letter primary language and no repeated
/// variant or extension singleton.
fn check_langtag(subtags: &[&str], strict: bool) -> Result<(), &'static str> {
    let primary = subtags[0];
    if strict && !(is_alpha(primary, 2..=3) && primary.bytes().all(|b| b.is_ascii_lowercase())) {
        return Err("primary language must be 2 or 3 lowercase letters");
    }
    if !is_alpha(primary, 2..=8) {
        return Err("primary language must be 2 to 8 letters");
    }
    let mut rest = &subtags[1..];
    let mut take = |accept: &dyn Fn(&str) -> bool| -> Option<&str> {
        let first = *rest.first()?;
        accept(first).then(|| {
            rest = &rest[1..];
            first
        })
    };
    // Up to three extended-language subtags, only after a 2–3 letter primary.
    for _ in 0..if primary.len() <= 3 { 3 } else { 0 } {
        if take(&|s| is_alpha(s, 3..=3)).is_none() {
            break;
        }
    }
    take(&|s| is_alpha(s, 4..=4));
    take(&|s| is_alpha(s, 2..=2) || is_digits(s, 3));
    let mut variants: Vec<String> = Vec::new();
    while let Some(variant) = take(&|s| is_variant(s)) {
        let variant = variant.to_ascii_lowercase();
        if strict && variants.contains(&variant) {
            return Err("a variant subtag is repeated");
        }
        variants.push(variant);
    }
    let mut singletons: Vec<u8> = Vec::new();
    while let Some(first) = rest.first() {
        if first.len() != 1 {
            return Err("subtag out of place");
        }
        let singleton = first.as_bytes()[0].to_ascii_lowercase();
        if singleton == b'x' {
            return check_private_use(&rest[1..]);
        }
        if strict && singletons.contains(&singleton) {
            return Err("an extension singleton is repeated");
        }
        singletons.push(singleton);
        let count = rest[1..]
            .iter()
            .take_while(|s| (2..=8).contains(&s.len()))
            .count();
        if count == 0 {
            return Err("an extension needs subtags of 2 to 8 characters");
        }
        rest = &rest[1 + count..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn primary() {
        assert_eq!("pt-BR".parse::<Language>().unwrap().primary(), "pt");
    }

    #[test]
    fn structure() {
        for ok in ["zh-yue-HK", "en-a-bbb-x-a-ccc", "de-1996", "sr-Latn-RS"] {
            assert!(ok.parse::<Language>().is_ok(), "{ok}");
        }
        for bad in [
            "en-a",
            "en-US-Latn",
            "en-x",
            "en-abcdefghi",
            "a-DE",
            "abcdefghi",
        ] {
            assert!(bad.parse::<Language>().is_err(), "{bad}");
        }
    }

    #[test]
    fn well_formed_is_case_insensitive_and_strict_is_not() {
        for tag in ["EN", "PT-BR", "jaja", "de-DE-1901-1901", "en-a-foo-a-bar"] {
            assert!(tag.parse::<Language>().is_ok(), "{tag}");
            assert!(Language::check_strict(tag).is_err(), "{tag}");
        }
        assert!(Language::check_strict("pt-BR").is_ok());
    }
}
