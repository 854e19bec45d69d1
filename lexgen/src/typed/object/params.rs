//! `ParamsTable` and `params!`: an endpoint's query parameters read and written through a field table.
//!
//! The query-string counterpart of [`Layout`](super::Layout): one [`ParamField`] per parameter (key,
//! offset, default, and the read / write / drop functions of its type) and one non-generic loop,
//! instead of a `from_pairs` / `to_pairs` body per endpoint.

use std::marker::PhantomData;
use std::mem::MaybeUninit;

use super::{CheckFn, check_at, check_optional_at, drop_at, offset_in};
use crate::typed::{Path, Rule, TypedError, Validate, Violation};
use crate::xrpc::{Param, optional, repeated, required, required_repeated, with_default};

type Pairs = [(String, String)];
type ReadFn =
    unsafe fn(&Pairs, &'static str, Option<&'static str>, *mut u8) -> Result<(), TypedError>;
type WriteFn = unsafe fn(*const u8, &'static str, &mut Vec<(&'static str, String)>);
type DropFn = unsafe fn(*mut u8);

/// One query parameter of a generated `Params` struct, with the constraints its lexicon declares.
#[derive(Clone, Copy)]
pub struct ParamField {
    key: &'static str,
    default: Option<&'static str>,
    offset: usize,
    read: ReadFn,
    write: WriteFn,
    drop: DropFn,
    check: CheckFn,
    rule: &'static Rule,
}

impl ParamField {
    /// A required single parameter in the field at `field` (of type `T`) of the struct at `base`.
    ///
    /// # Safety
    ///
    /// `field` must point to a field of type `T` inside the struct `base` points to (both derived
    /// from the same allocation, as `&raw const (*base).name` gives).
    pub const unsafe fn required<S, T: Param + Validate>(
        key: &'static str,
        field: *const T,
        base: *const S,
    ) -> ParamField {
        // SAFETY: guaranteed by the caller.
        unsafe { ParamField::single::<S, T>(key, None, field, base) }
    }

    /// A single parameter with a default (lexicon text, parsed like a query value).
    ///
    /// # Safety
    ///
    /// As [`ParamField::required`].
    pub const unsafe fn with_default<S, T: Param + Validate>(
        key: &'static str,
        default: &'static str,
        field: *const T,
        base: *const S,
    ) -> ParamField {
        // SAFETY: guaranteed by the caller.
        unsafe { ParamField::single::<S, T>(key, Some(default), field, base) }
    }

    const unsafe fn single<S, T: Param + Validate>(
        key: &'static str,
        default: Option<&'static str>,
        field: *const T,
        base: *const S,
    ) -> ParamField {
        ParamField {
            key,
            default,
            // SAFETY: the caller guarantees `field` lies within the struct at `base`.
            offset: unsafe { offset_in(field, base) },
            read: read_single::<T>,
            write: write_single::<T>,
            drop: drop_at::<T>,
            check: check_at::<T>,
            rule: &Rule::None,
        }
    }

    /// An optional single parameter in the field at `field` (of type `Option<T>`).
    ///
    /// # Safety
    ///
    /// As [`ParamField::required`].
    pub const unsafe fn optional<S, T: Param + Validate>(
        key: &'static str,
        field: *const Option<T>,
        base: *const S,
    ) -> ParamField {
        ParamField {
            key,
            default: None,
            // SAFETY: the caller guarantees `field` lies within the struct at `base`.
            offset: unsafe { offset_in(field, base) },
            read: read_optional::<T>,
            write: write_optional::<T>,
            drop: drop_at::<Option<T>>,
            check: check_optional_at::<T>,
            rule: &Rule::None,
        }
    }

    /// An array parameter (every occurrence of the key) in the field at `field` (a `Vec<T>`).
    ///
    /// # Safety
    ///
    /// As [`ParamField::required`].
    pub const unsafe fn repeated<S, T: Param + Validate>(
        key: &'static str,
        field: *const Vec<T>,
        base: *const S,
    ) -> ParamField {
        ParamField {
            key,
            default: None,
            // SAFETY: the caller guarantees `field` lies within the struct at `base`.
            offset: unsafe { offset_in(field, base) },
            read: read_repeated::<T>,
            write: write_repeated::<T>,
            drop: drop_at::<Vec<T>>,
            check: check_at::<Vec<T>>,
            rule: &Rule::None,
        }
    }

    /// A required array parameter: as [`ParamField::repeated`], with at least one value.
    ///
    /// # Safety
    ///
    /// As [`ParamField::required`].
    pub const unsafe fn required_repeated<S, T: Param + Validate>(
        key: &'static str,
        field: *const Vec<T>,
        base: *const S,
    ) -> ParamField {
        ParamField {
            read: read_required_repeated::<T>,
            // SAFETY: guaranteed by the caller.
            ..unsafe { ParamField::repeated::<S, T>(key, field, base) }
        }
    }

    /// This parameter with the constraints its lexicon declares (none until given).
    pub const fn rule(self, rule: &'static Rule) -> ParamField {
        ParamField { rule, ..self }
    }
}

/// How a generated `Params` struct `S` is read from and written to a query string.
pub struct ParamsLayout<S> {
    fields: &'static [ParamField],
    params: PhantomData<fn() -> S>,
}

impl<S> ParamsLayout<S> {
    /// The layout of `S` (built by [`params!`](crate::params), which upholds the contract).
    ///
    /// # Safety
    ///
    /// `fields` were made with pointers into one `S` and name every field of `S` exactly once.
    pub const unsafe fn new(fields: &'static [ParamField]) -> ParamsLayout<S> {
        ParamsLayout {
            fields,
            params: PhantomData,
        }
    }

    /// Reads an `S` from decoded `(key, value)` pairs (unknown keys ignored); the first error.
    pub fn read(&self, pairs: &[(String, String)]) -> Result<S, TypedError> {
        let mut params = MaybeUninit::<S>::uninit();
        // SAFETY: the layout names every field of `S` (the contract of `ParamsLayout::new`), so a
        // successful read initialised all of them.
        match unsafe { read_into(self.fields, pairs, params.as_mut_ptr().cast()) } {
            None => Ok(unsafe { params.assume_init() }),
            Some(error) => Err(error),
        }
    }

    /// Writes `(key, value)` pairs, arrays as repeated keys, absent optional parameters left out.
    pub fn write(&self, params: &S) -> Vec<(&'static str, String)> {
        // SAFETY: `params` is an `S`, whose fields are where the layout says.
        unsafe { write_from(self.fields, (params as *const S).cast()) }
    }

    /// Appends every violation of `params` under `path` to `out`: each present parameter against
    /// its rule, in table order.
    pub fn validate(&self, params: &S, path: Path<'_>, out: &mut Vec<Violation>) {
        // SAFETY: `params` is an `S`, whose fields are where the layout says.
        unsafe { validate_from(self.fields, (params as *const S).cast(), path, out) }
    }
}

/// Validates every parameter of the struct at `base` against its rule, under `path`.
///
/// # Safety
///
/// `base` points to an initialised struct that `fields` describe.
unsafe fn validate_from(
    fields: &[ParamField],
    base: *const u8,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    for field in fields {
        // SAFETY: the field's offset and check belong to the struct at `base`.
        unsafe { (field.check)(base.add(field.offset), field.rule, path.key(field.key), out) };
    }
}

/// Reads every parameter into the struct at `base`; on an error (returned), drops the ones read so
/// far and leaves `base` uninitialised.
///
/// # Safety
///
/// `base` points to writable, suitably aligned memory for the struct `fields` describe.
unsafe fn read_into(fields: &[ParamField], pairs: &Pairs, base: *mut u8) -> Option<TypedError> {
    for (read, field) in fields.iter().enumerate() {
        // SAFETY: the field's offset and functions belong to the struct at `base`.
        if let Err(error) =
            unsafe { (field.read)(pairs, field.key, field.default, base.add(field.offset)) }
        {
            for done in &fields[..read] {
                // SAFETY: fields before `read` were initialised by their read.
                unsafe { (done.drop)(base.add(done.offset)) };
            }
            return Some(error);
        }
    }
    None
}

/// The pairs of the struct at `base`.
///
/// # Safety
///
/// `base` points to an initialised struct that `fields` describe.
unsafe fn write_from(fields: &[ParamField], base: *const u8) -> Vec<(&'static str, String)> {
    let mut out = Vec::with_capacity(fields.len());
    for field in fields {
        // SAFETY: the field's offset and functions belong to the struct at `base`.
        unsafe { (field.write)(base.add(field.offset), field.key, &mut out) };
    }
    out
}

/// A [`ParamsLayout`] for each generated `Params` struct; [`params!`](crate::params) implements it
/// and [`Params`](crate::xrpc::Params) through it.
pub trait ParamsTable: Sized {
    /// Where each parameter lives and how it is read and written.
    const LAYOUT: ParamsLayout<Self>;
}

/// # Safety
/// `at` is writable memory for a `T`.
unsafe fn read_single<T: Param>(
    pairs: &Pairs,
    key: &'static str,
    default: Option<&'static str>,
    at: *mut u8,
) -> Result<(), TypedError> {
    let read = match default {
        Some(default) => with_default::<T>(pairs, key, default),
        None => required::<T>(pairs, key),
    };
    // SAFETY: guaranteed by the caller.
    unsafe { store(read, at) }
}

/// # Safety
/// `at` is writable memory for an `Option<T>`.
unsafe fn read_optional<T: Param>(
    pairs: &Pairs,
    key: &'static str,
    _: Option<&'static str>,
    at: *mut u8,
) -> Result<(), TypedError> {
    // SAFETY: guaranteed by the caller.
    unsafe { store(optional::<T>(pairs, key), at) }
}

/// # Safety
/// `at` is writable memory for a `Vec<T>`.
unsafe fn read_repeated<T: Param>(
    pairs: &Pairs,
    key: &'static str,
    _: Option<&'static str>,
    at: *mut u8,
) -> Result<(), TypedError> {
    // SAFETY: guaranteed by the caller.
    unsafe { store(repeated::<T>(pairs, key), at) }
}

/// # Safety
/// `at` is writable memory for a `Vec<T>`.
unsafe fn read_required_repeated<T: Param>(
    pairs: &Pairs,
    key: &'static str,
    _: Option<&'static str>,
    at: *mut u8,
) -> Result<(), TypedError> {
    // SAFETY: guaranteed by the caller.
    unsafe { store(required_repeated::<T>(pairs, key), at) }
}

/// Writes a successfully read value at `at`.
///
/// # Safety
/// `at` is writable memory for a `V`.
unsafe fn store<V>(read: Result<V, TypedError>, at: *mut u8) -> Result<(), TypedError> {
    // SAFETY: guaranteed by the caller.
    unsafe { at.cast::<V>().write(read?) };
    Ok(())
}

/// # Safety
/// `at` points to an initialised `T`.
unsafe fn write_single<T: Param>(
    at: *const u8,
    key: &'static str,
    out: &mut Vec<(&'static str, String)>,
) {
    // SAFETY: guaranteed by the caller.
    out.push((key, unsafe { &*at.cast::<T>() }.to_param()));
}

/// # Safety
/// `at` points to an initialised `Option<T>`.
unsafe fn write_optional<T: Param>(
    at: *const u8,
    key: &'static str,
    out: &mut Vec<(&'static str, String)>,
) {
    // SAFETY: guaranteed by the caller.
    if let Some(value) = unsafe { &*at.cast::<Option<T>>() } {
        out.push((key, value.to_param()));
    }
}

/// # Safety
/// `at` points to an initialised `Vec<T>`.
unsafe fn write_repeated<T: Param>(
    at: *const u8,
    key: &'static str,
    out: &mut Vec<(&'static str, String)>,
) {
    // SAFETY: guaranteed by the caller.
    for value in unsafe { &*at.cast::<Vec<T>>() } {
        out.push((key, value.to_param()));
    }
}

/// Implements [`ParamsTable`], [`Params`](crate::xrpc::Params) and [`Validate`] for a generated
/// `Params` struct from the list of its parameters and their constraints (as in
/// [`object!`](crate::object); an array parameter's rule is an `array` rule):
///
/// ```
/// use lexgen::typed::Validate;
/// use lexgen::xrpc::Params as _;
///
/// pub struct Params {
///     pub actor: String,
///     pub cursor: Option<String>,
///     pub limit: i64,
///     pub uris: Vec<String>,
///     pub cids: Vec<String>,
/// }
///
/// lexgen::params! {
///     Params {
///         actor: required "actor",
///         cursor: optional "cursor",
///         limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
///         uris: repeated "uris" array { max_length: 25 },
///         cids: required_repeated "cids",
///     }
/// }
///
/// let pairs = [("actor", "alice"), ("limit", "500"), ("cids", "a")];
/// let pairs: Vec<_> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
/// let params = Params::from_pairs(&pairs).unwrap();
/// assert_eq!(params.validate()[0].path, "$.limit");
/// ```
///
/// Every field must be listed (a missing one fails to compile), which makes the layout sound.
#[macro_export]
macro_rules! params {
    ($ty:ident { $($field:ident: $kind:ident $key:literal $(= $default:literal)? $($rule:ident $body:tt)of*),* $(,)? }) => {
        #[allow(unsafe_code)]
        impl $crate::typed::ParamsTable for $ty {
            const LAYOUT: $crate::typed::ParamsLayout<Self> = {
                // The metavariables inside `unsafe` are idents and literals (fields, keys, defaults,
                // and a `ParamField` constructor's name): they carry no code.
                #[allow(clippy::macro_metavars_in_unsafe)]
                const FIELDS: &[$crate::typed::ParamField] = {
                    let params = ::core::mem::MaybeUninit::<$ty>::uninit();
                    let base = params.as_ptr();
                    // Names every field (no `..`): a field missing from the list fails to compile.
                    if false {
                        // SAFETY: never runs.
                        let $ty { $($field: _,)* } = unsafe { &*base };
                    }
                    // SAFETY: each pointer is a field of the struct at `base`, given with its type.
                    &[$(unsafe { $crate::params!(@field $kind $key $(= $default)?, &raw const (*base).$field, base) }
                        .rule($crate::object!(@rule $($rule $body)of*))),*]
                };
                // SAFETY: `FIELDS` names every field of the struct exactly once.
                unsafe { $crate::typed::ParamsLayout::new(FIELDS) }
            };
        }

        impl $crate::xrpc::Params for $ty {
            fn from_pairs(
                pairs: &[(::std::string::String, ::std::string::String)],
            ) -> ::core::result::Result<Self, $crate::typed::TypedError> {
                <Self as $crate::typed::ParamsTable>::LAYOUT.read(pairs)
            }

            fn to_pairs(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                <Self as $crate::typed::ParamsTable>::LAYOUT.write(self)
            }
        }

        impl $crate::typed::Validate for $ty {
            fn validate_at(
                &self,
                path: $crate::typed::Path<'_>,
                out: &mut ::std::vec::Vec<$crate::typed::Violation>,
            ) {
                <Self as $crate::typed::ParamsTable>::LAYOUT.validate(self, path, out)
            }
        }
    };
    (@field default $key:literal = $default:literal, $field:expr, $base:expr) => {
        $crate::typed::ParamField::with_default($key, $default, $field, $base)
    };
    (@field $kind:ident $key:literal, $field:expr, $base:expr) => {
        $crate::typed::ParamField::$kind($key, $field, $base)
    };
}

#[cfg(test)]
mod tests {
    use crate::typed::Validate as _;
    use crate::xrpc::Params as _;

    #[derive(Debug, PartialEq)]
    struct Params {
        actor: String,
        cursor: Option<String>,
        limit: i64,
        tags: Vec<String>,
        reverse: bool,
        ids: Vec<String>,
    }

    crate::params! {
        Params {
            actor: required "actor" string { min_length: 3 },
            cursor: optional "cursor" string { max_length: 2 },
            limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
            tags: repeated "tags" array { max_length: 2 } of string { max_graphemes: 1 },
            reverse: default "reverse" = "false",
            ids: required_repeated "ids",
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn reads_defaults_repeated_and_optional_parameters_and_writes_them_back() {
        let read = Params::from_pairs(&pairs(&[
            ("tags", "a"),
            ("actor", "bob"),
            ("tags", "b"),
            ("other", "x"),
            ("ids", "1"),
        ]))
        .unwrap();
        let expected = Params {
            actor: "bob".to_owned(),
            cursor: None,
            limit: 50,
            tags: vec!["a".to_owned(), "b".to_owned()],
            reverse: false,
            ids: vec!["1".to_owned()],
        };
        assert_eq!(read, expected);
        let written: Vec<(&str, String)> = read.to_pairs();
        let expected: Vec<(&str, String)> = vec![
            ("actor", "bob".to_owned()),
            ("limit", "50".to_owned()),
            ("tags", "a".to_owned()),
            ("tags", "b".to_owned()),
            ("reverse", "false".to_owned()),
            ("ids", "1".to_owned()),
        ];
        assert_eq!(written, expected);
        let with_cursor = Params::from_pairs(&pairs(&[
            ("actor", "bob"),
            ("cursor", "c"),
            ("limit", "7"),
            ("ids", "1"),
        ]))
        .unwrap();
        assert_eq!(
            (with_cursor.cursor.as_deref(), with_cursor.limit),
            (Some("c"), 7)
        );
    }

    #[test]
    fn parameters_are_validated_against_their_rules_in_table_order() {
        let read = Params::from_pairs(&pairs(&[
            ("actor", "bo"),
            ("cursor", "abc"),
            ("limit", "0"),
            ("tags", "a"),
            ("tags", "bc"),
            ("tags", "d"),
            ("ids", "1"),
        ]))
        .unwrap();
        let paths: Vec<String> = read.validate().into_iter().map(|v| v.path).collect();
        assert_eq!(
            paths,
            ["$.actor", "$.cursor", "$.limit", "$.tags", "$.tags[1]"]
        );
        let fine = Params::from_pairs(&pairs(&[("actor", "bob"), ("ids", "1")])).unwrap();
        assert!(fine.validate().is_empty());
    }

    #[test]
    fn an_error_after_some_parameters_drops_them_and_names_the_first_problem() {
        // `actor`, `cursor` and `tags` own heap memory when `reverse` fails: under Miri a leak or a
        // double drop fails the test.
        let error = Params::from_pairs(&pairs(&[
            ("actor", "bob"),
            ("cursor", "c"),
            ("tags", "a"),
            ("reverse", "maybe"),
            ("ids", "1"),
        ]))
        .unwrap_err();
        assert_eq!(error.path, "$.reverse");
        let error = Params::from_pairs(&pairs(&[("actor", "bob"), ("limit", "many")])).unwrap_err();
        assert_eq!(error.path, "$.limit");
        let error = Params::from_pairs(&pairs(&[("cursor", "c")])).unwrap_err();
        assert_eq!(
            (error.path.as_str(), error.message.as_str()),
            ("$", "missing required parameter `actor`")
        );
        // Every other field is read (and owns memory) before the missing required array.
        let error = Params::from_pairs(&pairs(&[("actor", "bob"), ("tags", "a"), ("ids", "")]))
            .unwrap_err();
        assert_eq!(error.message, "missing required parameter `ids`");
    }

    #[test]
    fn an_empty_value_is_absent_as_the_reference_decodes_it() {
        let read = Params::from_pairs(&pairs(&[
            ("actor", "bob"),
            ("cursor", ""),
            ("limit", ""),
            ("tags", ""),
            ("tags", "a"),
            ("reverse", ""),
            ("ids", ""),
            ("ids", "2"),
        ]))
        .unwrap();
        let expected = Params {
            actor: "bob".to_owned(),
            cursor: None,
            limit: 50,
            tags: vec!["a".to_owned()],
            reverse: false,
            ids: vec!["2".to_owned()],
        };
        assert_eq!(read, expected);
        let error = Params::from_pairs(&pairs(&[("actor", ""), ("ids", "1")])).unwrap_err();
        assert_eq!(error.message, "missing required parameter `actor`");
        let error = Params::from_pairs(&pairs(&[("actor", "bob")])).unwrap_err();
        assert_eq!(
            (error.path.as_str(), error.message.as_str()),
            ("$", "missing required parameter `ids`")
        );
    }
}
