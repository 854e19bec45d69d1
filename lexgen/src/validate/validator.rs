//! `Validator`: the entry points of dynamic validation (records, any def, XRPC parameters, bodies, messages).

use super::engine::Walk;
use super::index::{Index, type_entry};
use super::path::{Path, Segment};
use super::{Code, Diagnostic, Mode, Violation, accept, constraints, params, summarize, text};
use crate::catalog::Catalog;
use crate::lexicon::{Body, Def, Params};
use crate::model::Value;

/// Validates values against the defs of a catalog. Every method returns all the problems found
/// (empty when the value is valid), in a stable order (schema property order, then array order).
///
/// Creating a validator indexes the catalog once (objects' properties in canonical key order,
/// resolved references); create it once and reuse it.
#[derive(Debug, Clone)]
pub struct Validator<'c> {
    catalog: &'c Catalog,
    mode: Mode,
    index: Index<'c>,
}

impl<'c> Validator<'c> {
    /// A validator over `catalog` in `mode`.
    pub fn new(catalog: &'c Catalog, mode: Mode) -> Self {
        Validator {
            catalog,
            mode,
            index: Index::new(catalog),
        }
    }

    /// The mode this validator runs in.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    fn run<'a>(&'a self, go: impl FnOnce(&mut Walk<'a>)) -> Vec<Diagnostic> {
        let mut walk = Walk::new(self.catalog, &self.index, self.mode);
        go(&mut walk);
        walk.finish()
    }

    /// Validates a record of collection `nsid`: `$type` must be exactly `nsid`, and the def
    /// `nsid#main` must be a record whose schema the value satisfies.
    pub fn record(&self, nsid: &str, value: &Value) -> Vec<Diagnostic> {
        // Valid records (nearly all) are answered without paths or violations.
        if accept::record(&self.index, self.mode, nsid, value) {
            return Vec::new();
        }
        self.run(|walk| {
            let Some((base, def)) = self.index.main(nsid) else {
                return walk.report(Violation::new(
                    Code::UnresolvedReference,
                    format!("a record type {nsid} in the catalog"),
                    "no such lexicon",
                ));
            };
            let Def::Record(record) = def else {
                return walk.report(Violation::new(
                    Code::UnsupportedSchema,
                    format!("a record def at {nsid}"),
                    format!("a {} def", def.type_name()),
                ));
            };
            let Value::Map(map) = value else {
                return walk.wrong_type("an object (record)", value);
            };
            match type_entry(map) {
                Some(Value::String(t)) if t == nsid => {}
                Some(Value::String(t)) => {
                    walk.path.push(Segment::Key("$type"));
                    walk.report(Violation::new(
                        Code::TypeMismatch,
                        format!("$type {nsid:?}"),
                        format!("{t:?}"),
                    ));
                    walk.path.pop();
                }
                other => {
                    walk.path.push(Segment::Key("$type"));
                    walk.report(Violation::new(
                        Code::MissingType,
                        format!("$type {nsid:?} (records must have one)"),
                        other.map_or_else(|| "nothing".to_owned(), summarize),
                    ));
                    walk.path.pop();
                }
            }
            walk.object(base, &record.record, value, None);
        })
    }

    /// Validates a record given in the atproto JSON form: the JSON must be valid atproto data
    /// (else one `invalid-data` diagnostic at the offending path), and the collection is `nsid`
    /// or, when `None`, the record's own `$type`.
    pub fn record_json(&self, nsid: Option<&str>, json: &serde_json::Value) -> Vec<Diagnostic> {
        let value = match Value::from_json(json) {
            Ok(value) => value,
            Err(error) => {
                return vec![
                    Violation::new(
                        Code::InvalidData,
                        "atproto data (atproto JSON form)",
                        error.kind.to_string(),
                    )
                    .at(pointer_to_path(json, &error.path)),
                ];
            }
        };
        match nsid.or_else(|| record_type(&value)) {
            Some(nsid) => self.record(nsid, &value),
            None => vec![
                Violation::new(
                    Code::MissingType,
                    "a record with a string $type (or an explicit NSID)",
                    value
                        .get("$type")
                        .map_or_else(|| "nothing".to_owned(), summarize),
                )
                .at("$.$type"),
            ],
        }
    }

    /// Validates a record given as JSON text (a request body, a line of a JSONL file): the same
    /// answer as [`Validator::record_json`] on the parsed text, or the JSON syntax error.
    ///
    /// Valid records take a fast path that validates a borrowed view of the text (no `Value`, no
    /// allocation per string); when that path cannot vouch for the record, the text is parsed
    /// and validated by [`Validator::record_json`] for the diagnostics.
    pub fn record_text(
        &self,
        nsid: Option<&str>,
        text: &str,
    ) -> Result<Vec<Diagnostic>, serde_json::Error> {
        if text::record_is_valid(&self.index, self.mode, nsid, text) {
            return Ok(Vec::new());
        }
        let json: serde_json::Value = serde_json::from_str(text)?;
        Ok(self.record_json(nsid, &json))
    }

    /// Checks a record key against the `key` type of the record type `nsid` (the path of a
    /// diagnostic is `$`, standing for the key).
    pub fn record_key(&self, nsid: &str, rkey: &str) -> Vec<Diagnostic> {
        self.run(|walk| {
            let Some((_, def)) = main_def(walk, nsid) else {
                return;
            };
            match def {
                Def::Record(record) => walk.check(constraints::record_key(rkey, &record.key)),
                other => unsupported(walk, nsid, "a record", other),
            }
        })
    }

    /// Validates `value` against any data def, named as in `$type` (`nsid` for `main`, or
    /// `nsid#name`): an object, a record's schema (without the record `$type` rule), a string, ...
    pub fn def(&self, qualified: &str, value: &Value) -> Vec<Diagnostic> {
        let (nsid, name) = qualified.split_once('#').unwrap_or((qualified, "main"));
        self.run(|walk| match walk.catalog.document(nsid) {
            Some(document) => {
                let nsid = document.id.as_str();
                match document.defs.get_key_value(name) {
                    Some((name, _)) => walk.def(nsid, name, value),
                    None => walk.report(Violation::new(
                        Code::UnresolvedReference,
                        format!("a def {qualified} in the catalog"),
                        "no such def",
                    )),
                }
            }
            None => walk.report(Violation::new(
                Code::UnresolvedReference,
                format!("a lexicon {nsid} in the catalog"),
                "no such lexicon",
            )),
        })
    }

    /// Validates typed XRPC parameters (a map of name → value, as decoded from JSON) of the
    /// query, procedure or subscription `nsid`.
    pub fn params(&self, nsid: &str, value: &Value) -> Vec<Diagnostic> {
        self.run(|walk| {
            let Some((base, params)) = endpoint_params(walk, nsid) else {
                return;
            };
            let Some(params) = params else { return };
            match value {
                Value::Map(map) => params::check(walk, base, params, map, &[]),
                other => walk.wrong_type("an object (parameters)", other),
            }
        })
    }

    /// Validates the raw parameters of a query string (`name`, `value` pairs in order, already
    /// percent-decoded; a name repeats for array parameters): each is coerced to its schema's
    /// type, then validated. Undeclared names are ignored.
    pub fn query_params(&self, nsid: &str, pairs: &[(&str, &str)]) -> Vec<Diagnostic> {
        let mut walk = Walk::new(self.catalog, &self.index, self.mode);
        let Some((base, params)) = endpoint_params(&mut walk, nsid) else {
            return walk.finish();
        };
        let Some(params) = params else {
            return walk.finish();
        };
        let (coerced, failed) = params::coerce(&mut walk, params, pairs);
        let mut walk_coerced = Walk::new(self.catalog, &self.index, self.mode);
        params::check(&mut walk_coerced, base, params, &coerced, &failed);
        walk.out.extend(walk_coerced.out);
        walk.finish()
    }

    /// Validates the JSON input body of the procedure `nsid`.
    pub fn input(&self, nsid: &str, value: &Value) -> Vec<Diagnostic> {
        self.body(nsid, value, |def| match def {
            Def::Procedure(p) => Ok(p.input.as_ref()),
            _ => Err("a procedure"),
        })
    }

    /// Validates the JSON output body of the query or procedure `nsid`.
    pub fn output(&self, nsid: &str, value: &Value) -> Vec<Diagnostic> {
        self.body(nsid, value, |def| match def {
            Def::Query(q) => Ok(q.output.as_ref()),
            Def::Procedure(p) => Ok(p.output.as_ref()),
            _ => Err("a query or procedure"),
        })
    }

    /// Validates a message of the subscription `nsid`: an object whose `$type` names one of the
    /// message union's members (`nsid#commit`, ...).
    pub fn message(&self, nsid: &str, value: &Value) -> Vec<Diagnostic> {
        self.run(|walk| {
            let Some((base, def)) = main_def(walk, nsid) else {
                return;
            };
            let Def::Subscription(subscription) = def else {
                return unsupported(walk, nsid, "a subscription", def);
            };
            let Some(message) = &subscription.message else {
                return;
            };
            if value.as_map().is_none() {
                return walk.wrong_type("an object (message)", value);
            }
            walk.field(base, &message.schema, value);
        })
    }

    fn body(
        &self,
        nsid: &str,
        value: &Value,
        pick: impl FnOnce(&Def) -> Result<Option<&Body>, &'static str>,
    ) -> Vec<Diagnostic> {
        self.run(|walk| {
            let Some((base, def)) = main_def(walk, nsid) else {
                return;
            };
            let body = match pick(def) {
                Ok(body) => body,
                Err(expected) => return unsupported(walk, nsid, expected, def),
            };
            let Some(schema) = body.and_then(|b| b.schema.as_deref()) else {
                return;
            };
            if value.as_map().is_none() {
                return walk.wrong_type("an object (body)", value);
            }
            walk.field(base, schema, value);
        })
    }
}

/// The `$type` of a record (or any object) if it is a string: the collection of a record.
pub fn record_type(value: &Value) -> Option<&str> {
    match value {
        Value::Map(map) => match type_entry(map) {
            Some(Value::String(t)) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// Turns a JSON Pointer into `json` (`/embed/images/0`) into a JSON path (`$.embed.images[0]`).
fn pointer_to_path(json: &serde_json::Value, pointer: &str) -> String {
    let mut path = Path::default();
    let mut node = Some(json);
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    for segment in &segments {
        match node {
            Some(serde_json::Value::Array(items)) => {
                let index = segment.parse::<usize>().unwrap_or(usize::MAX);
                path.push(Segment::Index(index));
                node = items.get(index);
            }
            other => {
                path.push(Segment::Key(segment));
                node = other.and_then(|n| n.get(segment.as_str()));
            }
        }
    }
    path.render()
}

fn main_def<'a>(walk: &mut Walk<'a>, nsid: &str) -> Option<(&'a str, &'a Def)> {
    let catalog = walk.catalog;
    match catalog.document(nsid) {
        Some(document) => match document.def("main") {
            Some(def) => Some((document.id.as_str(), def)),
            None => {
                walk.report(Violation::new(
                    Code::UnresolvedReference,
                    format!("a def {nsid}#main in the catalog"),
                    "no such def",
                ));
                None
            }
        },
        None => {
            walk.report(Violation::new(
                Code::UnresolvedReference,
                format!("a lexicon {nsid} in the catalog"),
                "no such lexicon",
            ));
            None
        }
    }
}

fn endpoint_params<'a>(walk: &mut Walk<'a>, nsid: &str) -> Option<(&'a str, Option<&'a Params>)> {
    let (base, def) = main_def(walk, nsid)?;
    match def {
        Def::Query(q) => Some((base, q.parameters.as_ref())),
        Def::Procedure(p) => Some((base, p.parameters.as_ref())),
        Def::Subscription(s) => Some((base, s.parameters.as_ref())),
        other => {
            unsupported(walk, nsid, "a query, procedure or subscription", other);
            None
        }
    }
}

fn unsupported(walk: &mut Walk<'_>, nsid: &str, expected: &str, found: &Def) {
    walk.report(Violation::new(
        Code::UnsupportedSchema,
        format!("{expected} at {nsid}"),
        format!("a {} def", found.type_name()),
    ));
}
