//! Query-string parameters: one value per `Param`, repeated keys for arrays, defaults applied.
//!
//! Values are decoded as the reference (`@atproto/xrpc-server`) decodes them: an empty value is
//! absent (`?cursor=` is no cursor, `?limit=` the default), also inside an array, and a required
//! array needs at least one non-empty value.

use crate::model::Value;
use crate::typed::{Path, Typed, TypedError, Validate, Violation};

/// A type that can be one query-string value.
pub trait Param: Typed {
    /// Parses the text of one query value.
    fn from_param(text: &str, path: Path<'_>) -> Result<Self, TypedError> {
        Self::from_value(Value::String(text.to_owned()), path)
    }

    /// The text of one query value.
    fn to_param(&self) -> String {
        match self.to_value() {
            Value::String(s) => s,
            Value::Integer(i) => i.to_string(),
            Value::Bool(b) => b.to_string(),
            other => other.to_json().to_string(),
        }
    }
}

impl Param for String {}
impl Param for crate::model::AtIdentifier {}
impl Param for crate::model::AtUri {}
impl Param for crate::model::Cid {}
impl Param for crate::model::CidString {}
impl Param for crate::model::Datetime {}
impl Param for crate::model::Did {}
impl Param for crate::model::Handle {}
impl Param for crate::model::Language {}
impl Param for crate::model::Nsid {}
impl Param for crate::model::RecordKey {}
impl Param for crate::model::Tid {}
impl Param for crate::model::Uri {}

impl Param for i64 {
    fn from_param(text: &str, path: Path<'_>) -> Result<Self, TypedError> {
        text.parse()
            .map_err(|_| TypedError::new(path, format!("expected an integer, found {text:?}")))
    }
}

impl Param for bool {
    fn from_param(text: &str, path: Path<'_>) -> Result<Self, TypedError> {
        match text {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(TypedError::new(
                path,
                format!("expected true or false, found {text:?}"),
            )),
        }
    }
}

/// The parameters of an endpoint, read from and written to a query string.
pub trait Params: Sized + Validate {
    /// Reads decoded `(key, value)` pairs; unknown keys are ignored.
    fn from_pairs(pairs: &[(String, String)]) -> Result<Self, TypedError>;
    /// Writes `(key, value)` pairs, arrays as repeated keys.
    fn to_pairs(&self) -> Vec<(&'static str, String)>;
}

/// An endpoint without parameters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoParams;

impl Validate for NoParams {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}
}

impl Params for NoParams {
    fn from_pairs(_pairs: &[(String, String)]) -> Result<Self, TypedError> {
        Ok(NoParams)
    }
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// The non-empty values of `key`, in order: an empty value counts as absent.
fn values<'p>(pairs: &'p [(String, String)], key: &'p str) -> impl Iterator<Item = &'p str> {
    pairs
        .iter()
        .filter(move |(k, v)| k == key && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

fn first<'p>(pairs: &'p [(String, String)], key: &'p str) -> Option<&'p str> {
    values(pairs, key).next()
}

fn missing(key: &str) -> TypedError {
    TypedError::new(Path::ROOT, format!("missing required parameter `{key}`"))
}

/// A required single parameter.
pub fn required<T: Param>(pairs: &[(String, String)], key: &str) -> Result<T, TypedError> {
    match first(pairs, key) {
        Some(text) => T::from_param(text, Path::ROOT.key(key)),
        None => Err(missing(key)),
    }
}

/// An optional single parameter.
pub fn optional<T: Param>(pairs: &[(String, String)], key: &str) -> Result<Option<T>, TypedError> {
    let root = Path::ROOT;
    match first(pairs, key) {
        Some(text) => T::from_param(text, root.key(key)).map(Some),
        None => Ok(None),
    }
}

/// A single parameter with a default (written as lexicon text, parsed like a query value).
pub fn with_default<T: Param>(
    pairs: &[(String, String)],
    key: &str,
    default: &str,
) -> Result<T, TypedError> {
    let root = Path::ROOT;
    T::from_param(first(pairs, key).unwrap_or(default), root.key(key))
}

/// An array parameter: every non-empty occurrence of `key`, in order.
pub fn repeated<T: Param>(pairs: &[(String, String)], key: &str) -> Result<Vec<T>, TypedError> {
    let at = Path::ROOT.key(key);
    let mut out = Vec::new();
    for text in values(pairs, key) {
        out.push(T::from_param(text, at.index(out.len()))?);
    }
    Ok(out)
}

/// A required array parameter: as [`repeated`], and an error when there is no value.
pub fn required_repeated<T: Param>(
    pairs: &[(String, String)],
    key: &str,
) -> Result<Vec<T>, TypedError> {
    let out = repeated(pairs, key)?;
    if out.is_empty() {
        return Err(missing(key));
    }
    Ok(out)
}
