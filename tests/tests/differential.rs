//! Differential test against the reference validators (`@atproto/lexicon` and, through its format
//! checks, `@atproto/syntax`, pinned in tests/js): a generated corpus of records of every
//! `app.bsky`, `chat.bsky` and `cv.atmos` record type (valid ones and one-change mutations of each
//! constraint, format, union and blob rule) and of strings of the eleven Lexicon string formats
//! (valid ones, the interop vectors' lines, one- and two-edit mutations) is judged by the
//! reference and by us — both the `Value` path (`record_json`) and the text fast path
//! (`record_text`), in lenient and strict mode — and every disagreement must be a row of
//! `docs/conformance.md`, each row used by at least one case.
//!
//! Needs `node` and `tests/js/node_modules`: when missing, fails under `CI` and is skipped elsewhere.

mod differential {
    pub mod records;
    pub mod rng;
    pub mod strings;
    pub mod table;
}

use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;

use anyhow::Context;
use atmos_tests::node::js_dir;
use atmos_tests::{interop_dir, project_lexicons_dir};
use differential::records::{self, Change, Lexicons, Record};
use differential::rng::Rng;
use differential::{strings, table};
use lexgen::catalog::Catalog;
use lexgen::lexicon::StringFormat;
use lexgen::model::{
    AtIdentifier, AtUri, Cid, Datetime, Did, Handle, Language, Nsid, RecordKey, Tid, Uri,
};
use lexgen::validate::{Code, Diagnostic, Mode, Validator, constraints};

/// The corpus seed; `DIFFERENTIAL_SEED` draws another corpus (to explore, not in CI).
const SEED: u64 = 0x5eed_0016;
/// Record types under test (there are no `chat.bsky` lexicons in this repository yet; the prefix
/// stays so that they are covered when they come).
const PREFIXES: &[&str] = &["app.bsky.", "chat.bsky.", "cv.atmos."];
const RECORDS_PER_TYPE: usize = 240;
const MIN_RECORDS: usize = 5_000;
const MIN_STRINGS: usize = 5_000;

/// The row of the table that explains why we and the reference judge `text` of `format`
/// differently (`ours` is our verdict in the mode compared), if any.
fn explain_string(
    format: StringFormat,
    text: &str,
    ours: bool,
    strict: bool,
) -> Option<&'static str> {
    match format {
        StringFormat::Cid if !ours && !text.is_ascii() => Some("cid-charset"),
        StringFormat::Cid if strict && !ours && Cid::is_cid_v0(text) => Some("cid-v0"),
        StringFormat::Cid if ours && text.starts_with(['7', 'f', 'm']) => {
            Some("cid-other-multibase")
        }
        StringFormat::Uri if !ours && text.len() > Uri::MAX_LEN => Some("uri-max-length"),
        StringFormat::Uri if uri_rfc_difference(text, ours) => Some("uri-rfc3986"),
        StringFormat::Language if !ours && is_irregular_in_another_case(text) => None,
        StringFormat::Language if ours && is_irregular_in_another_case(text) => {
            Some("language-grandfathered-case")
        }
        StringFormat::Datetime if !ours && !lenient_ok(text) => Some("datetime-not-iso8601"),
        StringFormat::Datetime if strict && !ours => Some("datetime-strict"),
        _ => None,
    }
}

fn lenient_ok(text: &str) -> bool {
    constraints::format(text, StringFormat::Datetime, Mode::Lenient).is_ok()
}

/// RFC 3986 decides where we and the reference's `^\w+:(//)?[^\s/]\S*$` differ: a scheme with
/// `+`, `-` or `.` (we accept), or a scheme starting with a digit or holding `_`, a character outside RFC
/// 3986 or out of place (`[`, `]` outside the authority, `#` in the fragment), or a bad `%` escape
/// (we reject).
fn uri_rfc_difference(text: &str, ours: bool) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    if ours {
        return scheme.contains(['+', '-', '.']);
    }
    let scheme_bad = !scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
    let chars_bad = !rest.chars().all(allowed);
    let bytes = rest.as_bytes();
    let escape_bad = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    let fragment_bad = rest
        .split_once('#')
        .is_some_and(|(_, f)| f.contains(['#', '[', ']']));
    let query_bad = rest
        .split('#')
        .next()
        .and_then(|r| r.split_once('?'))
        .is_some_and(|(_, q)| q.contains(['[', ']']));
    let path_bad = {
        let hier = rest.split(['?', '#']).next().unwrap_or_default();
        let path = match hier.strip_prefix("//") {
            Some(after) => after.find('/').map_or("", |i| &after[i..]),
            None => hier,
        };
        path.contains(['[', ']'])
    };
    scheme_bad || chars_bad || escape_bad || fragment_bad || query_bad || path_bad
}

/// An irregular grandfathered tag of RFC 5646 written in another case than the RFC's (the
/// reference matches those case-sensitively).
fn is_irregular_in_another_case(text: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "en-GB-oed",
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
        "sgn-BE-FR",
        "sgn-BE-NL",
        "sgn-CH-DE",
    ];
    IRREGULAR
        .iter()
        .any(|tag| tag.eq_ignore_ascii_case(text) && *tag != text)
}

/// The row that explains a record disagreement: from what the record's mutation changed, or
/// (for the rows our diagnostics name on their own) from the codes we report.
fn explain_record(change: &Change, found: &[Diagnostic], strict: bool) -> Option<&'static str> {
    let ours = found.is_empty();
    let only = |code: Code| !ours && found.iter().all(|d| d.code == code);
    if only(Code::BlobTypeNotAccepted) {
        return Some("blob-accept");
    }
    if only(Code::BlobTooLarge) {
        return Some("blob-max-size");
    }
    if strict && only(Code::TypeMismatch) {
        return Some("ref-type");
    }
    match change {
        Change::Format(format, text) => {
            let format_ours = constraints::format(
                text,
                *format,
                if strict { Mode::Strict } else { Mode::Lenient },
            )
            .is_ok();
            // The record's verdict is the format's verdict (nothing else was changed).
            (format_ours == ours)
                .then(|| explain_string(*format, text, ours, strict))
                .flatten()
        }
        Change::IntegerBeyond64Bits if !ours => Some("integer-64-bit"),
        Change::BlobSize if !ours => Some("blob-size"),
        Change::BlobRefNotBlessed if !ours => Some("blob-ref-blessed"),
        Change::BlobMimeTypeEmpty if !ours => Some("blob-mime-type"),
        _ => None,
    }
}

/// Whether the model type of `format` parses `text` (mode-less, so it must agree with strict mode).
fn type_parses(format: StringFormat, text: &str) -> bool {
    match format {
        StringFormat::AtIdentifier => text.parse::<AtIdentifier>().is_ok(),
        StringFormat::AtUri => text.parse::<AtUri>().is_ok(),
        StringFormat::Cid => Cid::check_format(text).is_ok(),
        StringFormat::Datetime => text.parse::<Datetime>().is_ok(),
        StringFormat::Did => text.parse::<Did>().is_ok(),
        StringFormat::Handle => text.parse::<Handle>().is_ok(),
        StringFormat::Language => text.parse::<Language>().is_ok(),
        StringFormat::Nsid => text.parse::<Nsid>().is_ok(),
        StringFormat::RecordKey => text.parse::<RecordKey>().is_ok(),
        StringFormat::Tid => text.parse::<Tid>().is_ok(),
        StringFormat::Uri => text.parse::<Uri>().is_ok(),
    }
}

/// The reference verdicts, one per input line.
fn reference(lines: &[serde_json::Value]) -> anyhow::Result<Vec<(bool, String)>> {
    let mut input = String::new();
    for line in lines {
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut child = atmos_tests::node::command()
        .arg(js_dir().join("differential.mjs"))
        .arg(project_lexicons_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting node")?;
    let mut stdin = child.stdin.take().context("node stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    anyhow::ensure!(
        output.status.success(),
        "differential.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writer panicked"))??;
    let verdicts: Vec<(bool, String)> = String::from_utf8(output.stdout)?
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line)?;
            Ok((
                v["valid"] == true,
                v["error"].as_str().unwrap_or_default().to_owned(),
            ))
        })
        .collect::<anyhow::Result<_>>()?;
    anyhow::ensure!(
        verdicts.len() == lines.len(),
        "{} verdicts for {} inputs",
        verdicts.len(),
        lines.len()
    );
    Ok(verdicts)
}

struct Outcome {
    failures: Vec<String>,
    rows_used: BTreeSet<&'static str>,
    rows: Vec<table::Row>,
}

impl Outcome {
    /// Checks one comparison: our verdict (`codes` of our diagnostics, none when valid) against
    /// the reference in `mode`, explained by `row` if they differ. Where we reject what the
    /// reference accepts, the row must list each of our codes.
    fn compare(
        &mut self,
        what: &dyn Fn() -> String,
        codes: &[&str],
        reference: &(bool, String),
        strict: bool,
        row: Option<&'static str>,
    ) {
        let ours = codes.is_empty();
        let (reference, error) = (reference.0, &reference.1);
        if ours == reference {
            return;
        }
        let listed = row.and_then(|id| self.rows.iter().find(|r| r.id == id));
        match listed {
            Some(r)
                if (strict || !r.strict_only)
                    && codes.iter().all(|c| r.codes.iter().any(|rc| rc == c)) =>
            {
                self.rows_used.insert(row.unwrap_or_default());
            }
            _ => self.failures.push(format!(
                "{} mode: ours {}, reference {} {error:?} — {}",
                if strict { "strict" } else { "lenient" },
                verdict(ours),
                verdict(reference),
                what()
            )),
        }
    }
}

fn verdict(valid: bool) -> &'static str {
    if valid { "valid" } else { "invalid" }
}

#[test]
fn agrees_with_the_reference_except_the_conformance_table() -> anyhow::Result<()> {
    if !atmos_tests::node::available("differential")? {
        return Ok(());
    }
    anyhow::ensure!(
        interop_dir().is_dir() || std::env::var_os("CI").is_none(),
        "the interop vectors (seeds of the string corpus) are missing at {}",
        interop_dir().display()
    );
    let rows = table::load()?;
    let seed = std::env::var("DIFFERENTIAL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let mut rng = Rng::new(seed);
    let string_corpus = strings::corpus(&interop_dir(), &mut rng);
    let lex = Lexicons::load(&project_lexicons_dir())?;
    let nsids = lex.record_types(PREFIXES);
    let record_corpus: Vec<Record> =
        records::corpus(&lex, &nsids, RECORDS_PER_TYPE, &mut rng, &string_corpus);
    anyhow::ensure!(
        string_corpus.len() >= MIN_STRINGS,
        "only {} strings",
        string_corpus.len()
    );
    anyhow::ensure!(
        record_corpus.len() >= MIN_RECORDS,
        "only {} records",
        record_corpus.len()
    );
    for nsid in &nsids {
        anyhow::ensure!(
            record_corpus
                .iter()
                .any(|r| &r.nsid == nsid && matches!(r.change, Change::None)),
            "no record of {nsid}"
        );
    }

    let mut lines: Vec<serde_json::Value> = string_corpus
        .iter()
        .map(|(format, text)| serde_json::json!({"format": format.as_str(), "string": text}))
        .collect();
    lines.extend(
        record_corpus
            .iter()
            .map(|r| serde_json::json!({"nsid": r.nsid, "record": r.record})),
    );
    let started = std::time::Instant::now();
    let verdicts = reference(&lines)?;
    eprintln!(
        "differential: reference verdicts in {:?}",
        started.elapsed()
    );
    let started = std::time::Instant::now();
    let (string_verdicts, record_verdicts) = verdicts.split_at(string_corpus.len());

    let mut outcome = Outcome {
        failures: Vec::new(),
        rows_used: BTreeSet::new(),
        rows,
    };
    for ((format, text), reference) in string_corpus.iter().zip(string_verdicts) {
        let format = *format;
        let lenient = constraints::format(text, format, Mode::Lenient).is_ok();
        let strict = constraints::format(text, format, Mode::Strict).is_ok();
        let what = || format!("{} {text:?}", format.as_str());
        if type_parses(format, text) != strict {
            outcome.failures.push(format!(
                "the model type and the strict format check disagree on {}",
                what()
            ));
        }
        let codes = |valid: bool| {
            if valid {
                vec![]
            } else {
                vec![Code::InvalidFormat.as_str()]
            }
        };
        outcome.compare(
            &what,
            &codes(lenient),
            reference,
            false,
            explain_string(format, text, lenient, false),
        );
        outcome.compare(
            &what,
            &codes(strict),
            reference,
            true,
            explain_string(format, text, strict, true),
        );
    }

    let catalog: Catalog = {
        let loaded = Catalog::load_files(&lexgen::catalog::collect_json_files(
            &project_lexicons_dir(),
        )?);
        loaded.catalog
    };
    let validators = [
        (Validator::new(&catalog, Mode::Lenient), false),
        (Validator::new(&catalog, Mode::Strict), true),
    ];
    for (record, reference) in record_corpus.iter().zip(record_verdicts) {
        let text = record.record.to_string();
        for (validator, strict) in &validators {
            let strict = *strict;
            let found = validator.record_json(Some(&record.nsid), &record.record);
            let ours = found.is_empty();
            let what = || {
                format!(
                    "{} ({}): {text}\n   ours: {found:?}",
                    record.nsid, record.change
                )
            };
            let fast = validator
                .record_text(Some(&record.nsid), &text)
                .map(|d| d.is_empty())
                .unwrap_or(false);
            if fast != ours {
                outcome
                    .failures
                    .push(format!("record_text and record_json disagree: {}", what()));
            }
            let codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
            outcome.compare(
                &what,
                &codes,
                reference,
                strict,
                explain_record(&record.change, &found, strict),
            );
        }
    }

    eprintln!("differential: our verdicts in {:?}", started.elapsed());
    let unused: Vec<&str> = outcome
        .rows
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !outcome.rows_used.contains(id))
        .collect();
    eprintln!(
        "differential: {} strings, {} records over {} record types; {} disagreements, all in rows {:?}",
        string_corpus.len(),
        record_corpus.len(),
        nsids.len(),
        outcome.failures.len(),
        outcome.rows_used
    );
    let shown: Vec<&String> = outcome
        .failures
        .iter()
        .take(
            std::env::var("DIFFERENTIAL_SHOW")
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(40),
        )
        .collect();
    anyhow::ensure!(
        outcome.failures.is_empty(),
        "{} disagreements not in docs/conformance.md (first {}):\n{}",
        outcome.failures.len(),
        shown.len(),
        shown
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    anyhow::ensure!(
        unused.is_empty(),
        "rows of docs/conformance.md no case needs: {unused:?}"
    );
    Ok(())
}
