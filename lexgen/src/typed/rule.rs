//! `Rule`: the constraints a generated table declares for one field, as constant data, and the
//! checks they drive.
//!
//! [`object!`](crate::object) and [`params!`](crate::params) tables carry each field's lexicon
//! constraints (`text: required "text" string { max_length: 3000, max_graphemes: 300 }`); the
//! macros turn them into a `&'static Rule` beside the field, and one loop over the table calls
//! [`Validate::validate_rule`] on each field with its rule. A value applies the rule of its own
//! kind (a string its lengths, an array its length and then its items' rule, ...) and otherwise
//! validates itself (objects and unions, whose constraints are their own fields). Every check goes
//! through [`check`], so generated and dynamic validation still share one implementation.

use super::check::{self, StringLimits};
use super::{AsText, Path, Validate, Violation};
use crate::model::{
    AtIdentifier, AtUri, BlobRef, Bytes, Cid, CidLink, CidString, Datetime, Did, Handle, Language,
    Nsid, RecordKey, Tid, Uri,
};

/// The constraints on one field's value.
#[derive(Clone, Copy, Debug)]
pub enum Rule {
    /// Nothing beyond what the value's type validates itself.
    None,
    /// Of a string (plain, with a format, or a known-values set).
    String(StringRule),
    /// Of an integer.
    Integer(IntegerRule),
    /// Of a boolean.
    Boolean(BooleanRule),
    /// Of bytes.
    Bytes(BytesRule),
    /// Of a blob.
    Blob(BlobRule),
    /// Of an array, and the rule of its items.
    Array(ArrayRule),
}

/// `string { .. }`: lengths in bytes and graphemes, `const`, and whether a `cid`-format string
/// must decode as a CID.
#[derive(Clone, Copy, Debug)]
pub struct StringRule {
    limits: StringLimits,
    equals: Option<&'static str>,
    cid: bool,
}

/// `integer { .. }`: `minimum`, `maximum`, `enum` (`one_of`) and `const` (`equals`).
#[derive(Clone, Copy, Debug)]
pub struct IntegerRule {
    minimum: Option<i64>,
    maximum: Option<i64>,
    one_of: Option<&'static [i64]>,
    equals: Option<i64>,
}

/// `boolean { equals: .. }`: `const`.
#[derive(Clone, Copy, Debug)]
pub struct BooleanRule {
    equals: Option<bool>,
}

/// `bytes { .. }`: `minLength` / `maxLength` in bytes.
#[derive(Clone, Copy, Debug)]
pub struct BytesRule {
    min_length: Option<u64>,
    max_length: Option<u64>,
}

/// `blob { .. }`: `accept` (MIME patterns) and `maxSize`.
#[derive(Clone, Copy, Debug)]
pub struct BlobRule {
    accept: &'static [&'static str],
    max_size: Option<u64>,
}

/// `array { .. } of ..`: `minLength` / `maxLength` in elements, and the items' rule.
#[derive(Clone, Copy, Debug)]
pub struct ArrayRule {
    min_length: Option<u64>,
    max_length: Option<u64>,
    items: &'static Rule,
}

/// A string rule with no constraint yet.
pub const fn string() -> StringRule {
    StringRule {
        limits: StringLimits {
            min_length: None,
            max_length: None,
            min_graphemes: None,
            max_graphemes: None,
        },
        equals: None,
        cid: false,
    }
}

/// An integer rule with no constraint yet.
pub const fn integer() -> IntegerRule {
    IntegerRule {
        minimum: None,
        maximum: None,
        one_of: None,
        equals: None,
    }
}

/// A boolean rule with no constraint yet.
pub const fn boolean() -> BooleanRule {
    BooleanRule { equals: None }
}

/// A bytes rule with no constraint yet.
pub const fn bytes() -> BytesRule {
    BytesRule {
        min_length: None,
        max_length: None,
    }
}

/// A blob rule with no constraint yet.
pub const fn blob() -> BlobRule {
    BlobRule {
        accept: &[],
        max_size: None,
    }
}

/// An array rule whose items follow `items`, with no length constraint yet.
pub const fn array(items: &'static Rule) -> ArrayRule {
    ArrayRule {
        min_length: None,
        max_length: None,
        items,
    }
}

impl StringRule {
    /// `minLength`, in UTF-8 bytes.
    pub const fn min_length(mut self, value: u64) -> Self {
        self.limits.min_length = Some(value);
        self
    }

    /// `maxLength`, in UTF-8 bytes.
    pub const fn max_length(mut self, value: u64) -> Self {
        self.limits.max_length = Some(value);
        self
    }

    /// `minGraphemes`.
    pub const fn min_graphemes(mut self, value: u64) -> Self {
        self.limits.min_graphemes = Some(value);
        self
    }

    /// `maxGraphemes`.
    pub const fn max_graphemes(mut self, value: u64) -> Self {
        self.limits.max_graphemes = Some(value);
        self
    }

    /// `const`.
    pub const fn equals(mut self, value: &'static str) -> Self {
        self.equals = Some(value);
        self
    }

    /// Whether the text must decode as a CID (`format: cid`).
    pub const fn cid(mut self, value: bool) -> Self {
        self.cid = value;
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::String(self)
    }

    /// Checks `text`, in the order of the lexicon: lengths, `const`, format.
    pub fn check(&self, text: &str, path: Path<'_>, out: &mut Vec<Violation>) {
        let limits = &self.limits;
        if limits.min_length.is_some()
            || limits.max_length.is_some()
            || limits.min_graphemes.is_some()
            || limits.max_graphemes.is_some()
        {
            check::string(text, limits, path, out);
        }
        if let Some(expected) = self.equals {
            check::string_const(text, expected, path, out);
        }
        if self.cid {
            check::cid_text(text, path, out);
        }
    }
}

impl IntegerRule {
    /// `minimum`.
    pub const fn minimum(mut self, value: i64) -> Self {
        self.minimum = Some(value);
        self
    }

    /// `maximum`.
    pub const fn maximum(mut self, value: i64) -> Self {
        self.maximum = Some(value);
        self
    }

    /// `enum`: the only values allowed.
    pub const fn one_of(mut self, values: &'static [i64]) -> Self {
        self.one_of = Some(values);
        self
    }

    /// `const`.
    pub const fn equals(mut self, value: i64) -> Self {
        self.equals = Some(value);
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::Integer(self)
    }

    /// Checks `value`: range, `enum`, `const`.
    pub fn check(&self, value: i64, path: Path<'_>, out: &mut Vec<Violation>) {
        if self.minimum.is_some() || self.maximum.is_some() {
            check::integer(value, self.minimum, self.maximum, path, out);
        }
        if let Some(allowed) = self.one_of {
            check::integer_enum(value, allowed, path, out);
        }
        if let Some(expected) = self.equals {
            check::integer_const(value, expected, path, out);
        }
    }
}

impl BooleanRule {
    /// `const`.
    pub const fn equals(mut self, value: bool) -> Self {
        self.equals = Some(value);
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::Boolean(self)
    }
}

impl BytesRule {
    /// `minLength`, in bytes.
    pub const fn min_length(mut self, value: u64) -> Self {
        self.min_length = Some(value);
        self
    }

    /// `maxLength`, in bytes.
    pub const fn max_length(mut self, value: u64) -> Self {
        self.max_length = Some(value);
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::Bytes(self)
    }
}

impl BlobRule {
    /// `accept`: MIME types or patterns such as `image/*`.
    pub const fn accept(mut self, patterns: &'static [&'static str]) -> Self {
        self.accept = patterns;
        self
    }

    /// `maxSize`, in bytes.
    pub const fn max_size(mut self, value: u64) -> Self {
        self.max_size = Some(value);
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::Blob(self)
    }
}

impl ArrayRule {
    /// `minLength`, in elements.
    pub const fn min_length(mut self, value: u64) -> Self {
        self.min_length = Some(value);
        self
    }

    /// `maxLength`, in elements.
    pub const fn max_length(mut self, value: u64) -> Self {
        self.max_length = Some(value);
        self
    }

    /// The finished rule.
    pub const fn rule(self) -> Rule {
        Rule::Array(self)
    }

    /// Checks the length of an array of `len` elements; returns the rule of its items.
    pub fn check(&self, len: usize, path: Path<'_>, out: &mut Vec<Violation>) -> &'static Rule {
        if self.min_length.is_some() || self.max_length.is_some() {
            check::length(len, self.min_length, self.max_length, path, out);
        }
        self.items
    }
}

impl Rule {
    /// Checks the length of an array of `len` elements when this is an [`ArrayRule`]; the rule of
    /// its items.
    pub fn array(&self, len: usize, path: Path<'_>, out: &mut Vec<Violation>) -> &'static Rule {
        match self {
            Rule::Array(array) => array.check(len, path, out),
            _ => &Rule::None,
        }
    }

    /// Applies this rule to `text` when it is a [`StringRule`].
    pub fn check_text(&self, text: &str, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Rule::String(rule) = self {
            rule.check(text, path, out);
        }
    }
}

/// Strings and string formats: nothing of their own, a [`StringRule`] on their text (written out
/// only when there is a rule, since a format's text is built).
macro_rules! validate_text {
    ($($ty:ty),* $(,)?) => {$(
        impl Validate for $ty {
            fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}

            fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
                if let Rule::String(rule) = rule {
                    rule.check(&self.text(), path, out);
                }
            }
        }
    )*};
}

validate_text!(
    String,
    AtIdentifier,
    AtUri,
    Cid,
    CidString,
    Datetime,
    Did,
    Handle,
    Language,
    Nsid,
    RecordKey,
    Tid,
    Uri,
);

impl Validate for i64 {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Rule::Integer(rule) = rule {
            rule.check(*self, path, out);
        }
    }
}

impl Validate for bool {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Rule::Boolean(BooleanRule {
            equals: Some(expected),
        }) = rule
        {
            check::boolean_const(*self, *expected, path, out);
        }
    }
}

impl Validate for Bytes {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Rule::Bytes(rule) = rule
            && (rule.min_length.is_some() || rule.max_length.is_some())
        {
            check::bytes_length(self.0.len(), rule.min_length, rule.max_length, path, out);
        }
    }
}

impl Validate for BlobRef {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Rule::Blob(rule) = rule {
            check::blob(self, rule.accept, rule.max_size, path, out);
        }
    }
}

/// A link has no constraints.
impl Validate for CidLink {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}
}

#[cfg(test)]
mod tests;
