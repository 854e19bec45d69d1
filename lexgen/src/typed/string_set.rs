//! `string_set!`: text and validation for the enums generated from `knownValues` and `enum`.

/// Implements [`AsText`](crate::typed::AsText) (the value as written) and
/// [`Validate`](crate::typed::Validate) (a field's `string` rule on that text) for a generated
/// string-set enum, through its `as_str`:
///
/// ```
/// use lexgen::typed::{AsText, Validate};
///
/// pub enum Level { Low, Other(String) }
///
/// impl Level {
///     pub fn as_str(&self) -> &str {
///         match self { Level::Low => "low", Level::Other(text) => text }
///     }
/// }
///
/// lexgen::string_set!(Level);
///
/// assert_eq!(Level::Low.text(), "low");
/// const RULE: lexgen::typed::Rule = lexgen::typed::rule::string().max_length(3).rule();
/// let long = Level::Other("high".to_owned());
/// let mut out = Vec::new();
/// long.validate_rule(&RULE, lexgen::typed::Path::ROOT, &mut out);
/// assert_eq!(out.len(), 1);
/// assert!(long.validate().is_empty());
/// ```
#[macro_export]
macro_rules! string_set {
    ($ty:ident) => {
        impl $crate::typed::AsText for $ty {
            fn text(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(self.as_str())
            }
        }

        impl $crate::typed::Validate for $ty {
            fn validate_at(
                &self,
                _path: $crate::typed::Path<'_>,
                _out: &mut ::std::vec::Vec<$crate::typed::Violation>,
            ) {
            }

            fn validate_rule(
                &self,
                rule: &$crate::typed::Rule,
                path: $crate::typed::Path<'_>,
                out: &mut ::std::vec::Vec<$crate::typed::Violation>,
            ) {
                rule.check_text(self.as_str(), path, out)
            }
        }
    };
}
