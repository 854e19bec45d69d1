//! The `validate` semantics of the reference against the server's lexicon catalog: `false` skips, unset
//! validates when the collection is a known record type (else `unknown`), `true` requires a known one.
//! The record key is checked against the lexicon's `key`; the record itself through the text fast path
//! when its request text is at hand, else (or when that path is not sure) through the engine.

use lexgen::model::Value;
use lexgen::validate::Diagnostic;

use super::{Refusal, Validation};
use crate::lexicon_catalog::Snapshot;

/// The record as the request carried it: its decoded value and, when available, its JSON text (the
/// same record, `$type` included).
#[derive(Clone, Copy, Debug)]
pub(super) struct RecordSource<'a> {
    pub value: &'a Value,
    pub text: Option<&'a str>,
}

/// Validates a record of `collection` at `rkey` as `validate` asks.
pub(super) fn validate(
    lexicons: &Snapshot,
    collection: &str,
    rkey: &str,
    record: RecordSource<'_>,
    validate: Option<bool>,
) -> Result<Validation, Refusal> {
    match (lexicons.is_record_type(collection), validate) {
        (_, Some(false)) => Ok(Validation::Skipped),
        (false, Some(true)) => Err(Refusal::UnknownLexicon(collection.to_owned())),
        (false, None) => Ok(Validation::Unknown),
        (true, _) => {
            let problems = lexicons.check_record_key(collection, rkey);
            if !problems.is_empty() {
                return Err(Refusal::InvalidRecordKey(joined(&problems)));
            }
            let problems = match record.text {
                Some(text) => lexicons
                    .check_record_text(collection, text)
                    .unwrap_or_else(|_| lexicons.check_record(collection, record.value)),
                None => lexicons.check_record(collection, record.value),
            };
            if problems.is_empty() {
                Ok(Validation::Valid)
            } else {
                Err(Refusal::InvalidRecord(joined(&problems)))
            }
        }
    }
}

fn joined(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}
