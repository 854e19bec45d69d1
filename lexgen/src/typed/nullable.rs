//! `Nullable<T>`: a property listed in `nullable`, where `null` is a value distinct from absence.

use super::{Path, Rule, Typed, TypedError, Validate, Violation};
use crate::model::Value;

/// A value that may be an explicit `null`. An optional nullable property is
/// `Option<Nullable<T>>`: absent, `null`, or a value, each written back as read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if not null.
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }
}

impl<T: Typed> Typed for Nullable<T> {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        match value {
            Value::Null => Ok(Nullable::Null),
            other => T::from_value(other, path).map(Nullable::Value),
        }
    }

    fn to_value(&self) -> Value {
        match self {
            Nullable::Null => Value::Null,
            Nullable::Value(value) => value.to_value(),
        }
    }
}

impl<T: Validate> Validate for Nullable<T> {
    fn validate_at(&self, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Nullable::Value(value) = self {
            value.validate_at(path, out);
        }
    }

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Nullable::Value(value) = self {
            value.validate_rule(rule, path, out);
        }
    }
}
