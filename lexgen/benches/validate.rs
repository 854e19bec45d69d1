//! Record-validation throughput: reads a JSONL file of records, validates them all against a
//! lexicon directory and prints records per second, so it runs side by side with other validators
//! (tests/js/bench-validate.mjs runs `@atproto/lexicon` on the same file).
//!
//! ```sh
//! cargo xtask bench-records post 10000 /tmp/posts.jsonl
//! cargo bench -p lexgen --bench validate -- /tmp/posts.jsonl [--lexicons DIR] [--lenient] [--seconds N] [--text-only]
//! ```
//!
//! Numbers printed: "record_text" (`Validator::record_text`: JSON text → verdict, the fast path that
//! validates the text without building a `Value`; what a server does with a request body),
//! "parse+validate" (JSON text → atproto `Value` with serde → `Validator::record`), "validate"
//! (already decoded values) and, for reference, "parse alone". `--validate-only` skips the parsing
//! phases, `--text-only` runs only "record_text"; `--rounds N` runs exactly N rounds instead of
//! `--seconds` (for `perf stat`/`perf record`).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use lexgen::catalog::Catalog;
use lexgen::model::Value;
use lexgen::validate::{Mode, Validator, record_type};

struct Args {
    file: PathBuf,
    lexicons: PathBuf,
    mode: Mode,
    seconds: f64,
    parse: bool,
    text_only: bool,
    /// A fixed number of rounds instead of a time limit (for `perf stat`), 0 for none.
    rounds: usize,
}

fn args() -> Result<Args, String> {
    let mut file = None;
    let mut lexicons = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../lexicons"));
    let mut mode = Mode::Strict;
    let mut seconds = 3.0;
    let mut parse = true;
    let mut text_only = false;
    let mut rounds = 0;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--bench" => {}
            "--lexicons" => lexicons = it.next().ok_or("--lexicons needs a directory")?.into(),
            "--lenient" => mode = Mode::Lenient,
            "--validate-only" => parse = false,
            "--text-only" => text_only = true,
            "--rounds" => {
                rounds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--rounds needs a number")?;
            }
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seconds needs a number")?;
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => file = Some(PathBuf::from(other)),
        }
    }
    let file = file.ok_or(
        "usage: cargo bench -p lexgen --bench validate -- FILE.jsonl [--lexicons DIR] [--lenient] [--seconds N] [--validate-only] [--text-only] [--rounds N]",
    )?;
    Ok(Args {
        file,
        lexicons,
        mode,
        seconds,
        parse,
        text_only,
        rounds,
    })
}

/// Runs `round` (which handles `n` records) until `seconds` have passed, or exactly `rounds`
/// times when that is not 0; returns records/s.
fn measure(seconds: f64, rounds: usize, n: usize, mut round: impl FnMut() -> usize) -> f64 {
    round(); // warm up
    let start = Instant::now();
    let mut records = 0;
    while if rounds > 0 {
        records < rounds * n
    } else {
        start.elapsed() < Duration::from_secs_f64(seconds)
    } {
        records += round();
    }
    debug_assert!(records % n == 0);
    records as f64 / start.elapsed().as_secs_f64()
}

fn main() -> Result<(), String> {
    let args = args()?;
    let loaded = Catalog::load_dir(&args.lexicons);
    let catalog = loaded.catalog;
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| format!("reading {}: {e}", args.file.display()))?;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let validator = Validator::new(&catalog, args.mode);

    // Check the corpus once: every record must be valid (a benchmark of error paths would mislead).
    for (i, line) in lines.iter().enumerate() {
        let json: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let found = validator.record_json(None, &json);
        if let Some(first) = found.first() {
            return Err(format!("line {} is invalid: {first}", i + 1));
        }
        if validator
            .record_text(None, line)
            .map_or(true, |found| !found.is_empty())
        {
            return Err(format!(
                "line {}: record_text disagrees with record_json",
                i + 1
            ));
        }
    }
    // The decoded values, in a loop of their own (as the reference builds its `jsonToLex`
    // values): decoded between the check's temporaries, the same values were scattered through
    // the heap, and the walk over them ran about 15% slower (BENCHMARKS.md).
    let values = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let json: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
            Value::from_json(&json).map_err(|e| format!("line {}: {e}", i + 1))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let n = lines.len();

    let direct = measure(
        if args.parse { args.seconds } else { 0.0 },
        args.rounds,
        n,
        || {
            for line in &lines {
                black_box(validator.record_text(None, line).ok());
            }
            n
        },
    );
    if args.text_only {
        eprintln!("record_text:    {direct:>12.0} records/s");
        return Ok(());
    }
    let full = measure(
        if args.parse { args.seconds } else { 0.0 },
        args.rounds,
        n,
        || {
            for line in &lines {
                // Straight from JSON text to the data model (no serde_json::Value in between).
                if let Ok(value) = serde_json::from_str::<Value>(line) {
                    let nsid = record_type(&value).unwrap_or_default();
                    black_box(validator.record(nsid, &value));
                }
            }
            n
        },
    );
    let parse_only = measure(
        if args.parse { args.seconds } else { 0.0 },
        args.rounds,
        n,
        || {
            for line in &lines {
                black_box(serde_json::from_str::<Value>(line).ok());
            }
            n
        },
    );
    let validate_only = measure(args.seconds, args.rounds, n, || {
        for value in &values {
            let nsid = record_type(value).unwrap_or_default();
            black_box(validator.record(nsid, value));
        }
        n
    });
    eprintln!("{}: {n} records, {:?} mode", args.file.display(), args.mode);
    eprintln!("record_text:    {direct:>12.0} records/s");
    eprintln!("parse+validate: {full:>12.0} records/s");
    eprintln!("validate:       {validate_only:>12.0} records/s");
    eprintln!("(parse alone:   {parse_only:>12.0} records/s)");
    Ok(())
}
