//! Conformance: every line of `interop-tests/syntax/*.txt` parses (valid files) or is rejected (invalid and
//! parse-invalid files) by the matching `lexgen::model` type. CID lines run in the `data_model` test.

use std::path::Path;

use atmos_tests::{Trial, interop_trials, run, text_cases};
use lexgen::model::{
    AtIdentifier, AtUri, Datetime, Did, Handle, Language, Nsid, RecordKey, Tid, Uri,
};

type Parser = fn(&str) -> Result<(), String>;

fn parse<T: std::str::FromStr>(text: &str) -> Result<(), String>
where
    T::Err: std::fmt::Display,
{
    text.parse::<T>().map(drop).map_err(|e| e.to_string())
}

/// The parser for a file's format prefix (`did` for `did_syntax_valid.txt`).
fn parser(format: &str) -> Option<Parser> {
    Some(match format {
        "atidentifier" => parse::<AtIdentifier>,
        "aturi" => parse::<AtUri>,
        "datetime" => parse::<Datetime>,
        "did" => parse::<Did>,
        "handle" => parse::<Handle>,
        // The vectors hold the stricter profile (lowercase primary language, no repeated variant
        // or singleton); the Lexicon `language` format (`Language`) accepts every well-formed tag.
        "language" => |text| Language::check_strict(text).map_err(|e| e.to_string()),
        "nsid" => parse::<Nsid>,
        "recordkey" => parse::<RecordKey>,
        "tid" => parse::<Tid>,
        "uri" => parse::<Uri>,
        _ => return None,
    })
}

/// Formats whose vectors another test binary runs.
const ELSEWHERE: &[&str] = &["cid"];

fn trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("syntax"))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let mut trials = Vec::new();
    for path in files {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let Some(stem) = file.strip_suffix(".txt") else {
            continue;
        };
        let (format, expect_valid) = match stem.rsplit_once('_') {
            Some((rest, "valid")) => (rest.strip_suffix("_syntax").unwrap_or(rest), true),
            Some((rest, "invalid")) => (rest.rsplit_once('_').map_or(rest, |(f, _)| f), false),
            _ => anyhow::bail!("unexpected vector file name {file}"),
        };
        if ELSEWHERE.contains(&format) {
            continue;
        }
        let parser =
            parser(format).ok_or_else(|| anyhow::anyhow!("no parser for the format of {file}"))?;
        for (line, case) in text_cases(&path)? {
            let name = format!(
                "syntax::{file}:{line} {}",
                case.chars().take(60).collect::<String>()
            );
            trials.push(Trial::test(name, move || {
                match (parser(&case), expect_valid) {
                    (Ok(()), true) | (Err(_), false) => Ok(()),
                    (Err(error), true) => {
                        Err(format!("rejected a valid case {case:?}: {error}").into())
                    }
                    (Ok(()), false) => Err(format!("accepted an invalid case {case:?}").into()),
                }
            }));
        }
    }
    Ok(trials)
}

fn main() {
    run(interop_trials("syntax", trials))
}
