//! The string corpus: for each of the eleven Lexicon string formats, valid values drawn at random,
//! the interop vectors' lines, and systematic one-edit mutations of both.

use std::collections::BTreeSet;
use std::path::Path;

use lexgen::lexicon::StringFormat;
use lexgen::model::Cid;

use super::rng::Rng;

/// The eleven formats, with the file-name stem of their interop vectors.
pub const FORMATS: &[(StringFormat, &str)] = &[
    (StringFormat::AtIdentifier, "atidentifier"),
    (StringFormat::AtUri, "aturi"),
    (StringFormat::Cid, "cid"),
    (StringFormat::Datetime, "datetime"),
    (StringFormat::Did, "did"),
    (StringFormat::Handle, "handle"),
    (StringFormat::Language, "language"),
    (StringFormat::Nsid, "nsid"),
    (StringFormat::RecordKey, "recordkey"),
    (StringFormat::Tid, "tid"),
    (StringFormat::Uri, "uri"),
];

/// How many distinct strings each format gets.
pub const PER_FORMAT: usize = 520;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const ALNUM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const BASE32: &str = "abcdefghijklmnopqrstuvwxyz234567";
const TID_FIRST: &str = "234567abcdefghij";

/// Characters a mutation inserts or substitutes: separators of every format, URI delimiters,
/// characters outside every format, case changes, non-ASCII.
const EDIT_CHARS: &[&str] = &[
    "A", "Z", "a", "z", "0", "9", "-", ".", "_", "~", ":", "/", "#", "?", "%", "%2F", "%zz", "@",
    "!", "$", "&", "'", "(", "*", "+", ",", ";", "=", "[", "]", "|", "\"", "\\", "<", " ", "\t",
    "é", "ß", "日", "😀", "\u{301}", "x-", "-x", "..", "//", "::",
];

/// A valid value of `format`, drawn at random.
pub fn valid(format: StringFormat, rng: &mut Rng) -> String {
    match format {
        StringFormat::Did => did(rng),
        StringFormat::Handle => handle(rng),
        StringFormat::AtIdentifier => {
            if rng.one_in(2) {
                did(rng)
            } else {
                handle(rng)
            }
        }
        StringFormat::Nsid => nsid(rng),
        StringFormat::Tid => tid(rng),
        StringFormat::RecordKey => record_key(rng),
        StringFormat::AtUri => at_uri(rng),
        StringFormat::Datetime => datetime(rng),
        StringFormat::Cid => cid(rng),
        StringFormat::Uri => uri(rng),
        StringFormat::Language => language(rng),
    }
}

fn did(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("did:web:{}", handle(rng)),
        1 => format!("did:key:z{}", rng.chars(ALNUM, 46)),
        _ => format!("did:plc:{}", rng.chars(BASE32, 24)),
    }
}

fn label(rng: &mut Rng) -> String {
    let len = 1 + rng.below(10);
    let mut label = rng.chars(LOWER, 1);
    label.push_str(&rng.chars("abcdefghijklmnopqrstuvwxyz0123456789-", len));
    if label.ends_with('-') {
        label.push('a');
    }
    label
}

fn handle(rng: &mut Rng) -> String {
    let tld = *rng.pick(&["com", "social", "test", "cv", "example", "dev"]);
    let mut parts: Vec<String> = (0..1 + rng.below(3)).map(|_| label(rng)).collect();
    parts.push(tld.to_owned());
    if rng.one_in(6) {
        parts[0] = parts[0].to_uppercase();
    }
    parts.join(".")
}

fn nsid(rng: &mut Rng) -> String {
    let mut parts: Vec<String> = (0..2 + rng.below(2))
        .map(|_| label(rng).replace('-', ""))
        .collect();
    let name_len = 1 + rng.below(12);
    parts.push(format!(
        "{}{}",
        rng.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1),
        rng.chars(ALNUM, name_len)
    ));
    parts.join(".")
}

fn tid(rng: &mut Rng) -> String {
    format!("{}{}", rng.chars(TID_FIRST, 1), rng.chars(BASE32, 12))
}

fn record_key(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => tid(rng),
        1 => "self".to_owned(),
        2 => nsid(rng),
        _ => {
            let len = 1 + rng.below(20);
            rng.chars(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:~",
                len,
            )
        }
    }
    .replace("..", "a.")
}

fn at_uri(rng: &mut Rng) -> String {
    let authority = if rng.one_in(3) { handle(rng) } else { did(rng) };
    match rng.below(5) {
        0 => format!("at://{authority}"),
        1 => format!("at://{authority}/{}", nsid(rng)),
        2 => format!(
            "at://{authority}/{}/{}#/{}",
            nsid(rng),
            tid(rng),
            label(rng)
        ),
        _ => format!("at://{authority}/{}/{}", nsid(rng), record_key(rng)),
    }
}

fn datetime(rng: &mut Rng) -> String {
    let date = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        1970 + rng.below(80),
        1 + rng.below(12),
        1 + rng.below(28),
        rng.below(24),
        rng.below(60),
        rng.below(60)
    );
    let fraction = match rng.below(4) {
        0 => String::new(),
        1 => ".123".to_owned(),
        2 => {
            let digits = 1 + rng.below(9);
            format!(".{}", rng.chars("0123456789", digits))
        }
        _ => ".000".to_owned(),
    };
    let zone = *rng.pick(&["Z", "Z", "+00:00", "-07:00", "+05:30"]);
    format!("{date}{fraction}{zone}")
}

fn cid(rng: &mut Rng) -> String {
    let digest: Vec<u8> = (0..32).map(|_| rng.next() as u8).collect();
    match rng.below(6) {
        0 => Cid::for_raw(&digest).to_string(),
        1 => Cid::for_dag_cbor(&digest).to_string(),
        // Not blessed: dag-pb, dag-json; sha2-256 or blake3; base32, base58btc or base36.
        _ => {
            let codecs: [&[u8]; 4] = [&[0x70], &[0xa9, 0x02], &[0x55], &[0x71]];
            let hashes: [&[u8]; 2] = [&[0x12], &[0x1e]];
            let codec = *rng.pick(&codecs);
            let hash = *rng.pick(&hashes);
            let mut bytes = vec![1];
            bytes.extend_from_slice(codec);
            bytes.extend_from_slice(hash);
            bytes.push(32);
            bytes.extend_from_slice(&digest);
            match rng.below(3) {
                0 => format!(
                    "z{}",
                    base_x(
                        &bytes,
                        "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
                    )
                ),
                1 => format!(
                    "k{}",
                    base_x(&bytes, "0123456789abcdefghijklmnopqrstuvwxyz")
                ),
                _ => format!("b{}", base32(&bytes)),
            }
        }
    }
}

/// A CIDv0: base58btc of a sha2-256 multihash, no multibase prefix.
pub fn cid_v0(rng: &mut Rng) -> String {
    let mut bytes = vec![0x12, 0x20];
    bytes.extend((0..32).map(|_| rng.next() as u8));
    base_x(
        &bytes,
        "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
    )
}

fn base32(bytes: &[u8]) -> String {
    let alphabet = BASE32.as_bytes();
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(alphabet[((acc >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(alphabet[((acc << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn base_x(bytes: &[u8], alphabet: &str) -> String {
    let alphabet = alphabet.as_bytes();
    let base = alphabet.len() as u32;
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    let mut digits: Vec<u32> = Vec::new();
    for &b in &bytes[zeros..] {
        let mut carry = u32::from(b);
        for d in &mut digits {
            carry += *d << 8;
            *d = carry % base;
            carry /= base;
        }
        while carry > 0 {
            digits.push(carry % base);
            carry /= base;
        }
    }
    let mut out: String = std::iter::repeat_n(alphabet[0] as char, zeros).collect();
    out.extend(digits.iter().rev().map(|&d| alphabet[d as usize] as char));
    out
}

fn uri(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => format!(
            "https://{}/{}?q={}#{}",
            handle(rng),
            label(rng),
            label(rng),
            label(rng)
        ),
        1 => format!(
            "{}:{}",
            rng.pick(&["mailto", "urn", "dns", "tel"]),
            label(rng)
        ),
        2 => at_uri(rng),
        3 => did(rng),
        4 => format!("https://{}:{}/a%20b", handle(rng), rng.below(65536)),
        _ => format!("https://{}/{}", handle(rng), label(rng)),
    }
}

fn language(rng: &mut Rng) -> String {
    let tags = [
        "en",
        "pt-BR",
        "zh-Hant-TW",
        "de-CH-1901",
        "sl-rozaj-biske",
        "en-u-co-phonebk",
        "x-private",
        "i-klingon",
        "EN",
        "PT-br",
        "ja",
        "ast",
        "es-419",
        "sr-Latn-RS",
        "en-GB-oed",
        "zh-min-nan",
        "de-DE-1901-1901",
        "en-a-foo-a-bar",
        "jaja",
        "abcde",
    ];
    rng.pick(&tags).to_string()
}

/// One random edit of `text`: insert, delete, replace, duplicate, truncate, change case, or
/// wrap in a prefix or suffix.
pub fn mutate(text: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = if chars.is_empty() {
        0
    } else {
        rng.below(chars.len() + 1)
    };
    let head: String = chars[..at].iter().collect();
    let tail: String = chars[at..].iter().collect();
    match rng.below(9) {
        0 | 1 => format!("{head}{}{tail}", rng.pick(EDIT_CHARS)),
        2 if !tail.is_empty() => format!(
            "{head}{}",
            &tail[tail.chars().next().map_or(0, char::len_utf8)..]
        ),
        3 if !tail.is_empty() => {
            let rest = &tail[tail.chars().next().map_or(0, char::len_utf8)..];
            format!("{head}{}{rest}", rng.pick(EDIT_CHARS))
        }
        4 => head,
        5 => format!(
            "{head}{}{}",
            chars
                .get(at.saturating_sub(3)..at)
                .map_or(String::new(), |s| s.iter().collect()),
            tail
        ),
        6 => {
            if rng.one_in(2) {
                text.to_uppercase()
            } else {
                format!("{}{tail}", head.to_lowercase())
            }
        }
        7 => format!("{}{text}", rng.pick(EDIT_CHARS)),
        _ => format!("{text}{}", rng.pick(EDIT_CHARS)),
    }
}

/// Edge cases beyond the vectors: the lenient and the odd forms of each format, and strings on
/// which we differ from the reference by a row of the conformance table (so that every row is
/// exercised even if no mutation happens to hit it).
fn edge_seeds(format: StringFormat) -> &'static [&'static str] {
    match format {
        StringFormat::Uri => &[
            "ou7+dsr.x-y://example.test",
            "microsoft.windows.camera:thing",
            "https://a|b",
            "1a:x",
            "at://did:plc:abc/app.bsky.feed.post/3jzfcijpj2z2a",
            "https://[::1]:80/",
            "https://user@host:port/",
            "ipld://bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
        ],
        StringFormat::Language => &[
            "EN-GB-OED",
            "i-Klingon",
            "SGN-BE-FR",
            "art-lojban",
            "zh-min-nan",
        ],
        StringFormat::Cid => &[
            "f017012202c5f688262e0ece8569aa6f94d60aad55ca8d9d83734e4a7430d0cff6588ec2b",
            "z4EBGRTk619QWmPoJ4FyBoRZ4hj3yXikFEPxQNpY8AYee日cxa5Y",
            "bafkqaaa",
        ],
        StringFormat::Datetime => &[
            "2023-10-30T22:25:23",
            "2023-10-30T22:25:23.123",
            "2023-10-30T22:25:23+0530",
            "2023-10-30T22:25:23-0930",
            "2023-10-30T22:25:23+0217",
            "2023-10-30T22:25:23-05:30",
            "2023-10-30T22:25:23+14:00",
            "2023-10-30T22:25:23-00:00",
            "20231030T222523Z",
            "20231030T222523.5+0545",
            "2023-10-30T222523Z",
            "2023-10-30T22:25:60Z",
            "2023-10-30T24:00:00Z",
            "2023-10-30T22:25:23,123Z",
            "0000-02-29T00:00:00Z",
            "2024-02-29T00:00:00",
            "2023-10-30T22:25Z",
        ],
        StringFormat::AtUri => &[
            "at://did:plc:abc/app.bsky.feed.post/3lrbn4zbyaifd#/text",
            "at://did:plc:abc#/a%20b",
            "at://did:plc:abc#/%E2%82%AC",
            "at://did:plc:abc#/%FF",
            "at://did:plc:abc/app.bsky.feed.post/3lrbn4zbyaifd?x=1",
        ],
        _ => &[],
    }
}

/// The lines of a vector file, if it exists.
fn vector_lines(dir: &Path, stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    for kind in ["syntax_valid", "syntax_invalid", "parse_invalid"] {
        let path = dir.join(format!("syntax/{stem}_{kind}.txt"));
        if let Ok(cases) = atmos_tests::text_cases(&path) {
            out.extend(cases.into_iter().map(|(_, case)| case));
        }
    }
    out
}

/// The corpus: `PER_FORMAT` distinct strings per format.
pub fn corpus(interop: &Path, rng: &mut Rng) -> Vec<(StringFormat, String)> {
    let mut out = Vec::new();
    for &(format, stem) in FORMATS {
        let mut seen = BTreeSet::new();
        let mut seeds = vector_lines(interop, stem);
        seeds.extend(edge_seeds(format).iter().map(|s| (*s).to_owned()));
        seeds.extend((0..60).map(|_| valid(format, rng)));
        if format == StringFormat::Cid {
            seeds.extend((0..4).map(|_| cid_v0(rng)));
        }
        for seed in &seeds {
            seen.insert(seed.clone());
        }
        // Mutations of mutations too, so two edits away also appears.
        let mut pool: Vec<String> = seen.iter().cloned().collect();
        let mut tries = 0;
        while seen.len() < PER_FORMAT && tries < PER_FORMAT * 20 {
            tries += 1;
            let base = if rng.one_in(3) {
                rng.pick(&pool).clone()
            } else {
                rng.pick(&seeds).clone()
            };
            let mutated = mutate(&base, rng);
            if seen.insert(mutated.clone()) {
                pool.push(mutated);
            }
        }
        out.extend(seen.into_iter().map(|s| (format, s)));
    }
    out
}
