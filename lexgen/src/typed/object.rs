//! `Object` and `object!`: generated structs read, written and validated through a static table of
//! fields.
//!
//! A generated struct does not get a `from_value` / `to_value` / `validate_at` body of its own:
//! [`object!`] builds its [`Layout`] (one [`Field`] per property: wire key, byte offset, the read /
//! write / drop / validate functions of the field's type, and the [`Rule`] of its lexicon
//! constraints) as a constant, and one non-generic loop here reads, writes or validates any object
//! through it. Per struct that is a table of data instead of a function per struct, which is most
//! of what the generated crate used to cost to compile; the per-type functions
//! ([`read_required::<T>`](Field::required) and friends) are shared by every field of that type.
//!
//! The only `unsafe` in the workspace is here (with [`params`]) and in the [`object!`] and
//! [`params!`](crate::params) expansions. Miri runs the tests of this module and of
//! [`rule`](super::rule), which validate through it (`cargo +nightly miri test -p lexgen --lib --
//! typed::object typed::rule`, in `.ci/run` when available).
//!
//! [`object!`]: crate::object
#![allow(unsafe_code)]

use std::marker::PhantomData;
use std::mem::MaybeUninit;

mod params;

pub use params::{ParamField, ParamsLayout, ParamsTable};

use super::fields::Fields;
use super::{Path, Rule, Typed, TypedError, Validate, Violation};
use crate::model::{Map, Value};

type ReadFn = unsafe fn(&mut Fields<'_>, &'static str, *mut u8) -> bool;
type WriteFn = unsafe fn(*const u8) -> Option<Value>;
type DropFn = unsafe fn(*mut u8);
pub(crate) type CheckFn = unsafe fn(*const u8, &Rule, Path<'_>, &mut Vec<Violation>);

/// One property of a generated struct: its wire key, where its field lives, how to read, write,
/// drop and validate a value of the field's type there, and the constraints the lexicon puts on it.
#[derive(Clone, Copy)]
pub struct Field {
    key: &'static str,
    offset: usize,
    read: ReadFn,
    write: WriteFn,
    drop: DropFn,
    check: CheckFn,
    rule: &'static Rule,
}

impl Field {
    /// A required property `key` held in the field at `field` (of type `T`) of the struct at `base`.
    ///
    /// # Safety
    ///
    /// `field` must point to a field of type `T` inside the struct `base` points to (both derived
    /// from the same allocation, as `&raw const (*base).name` gives).
    pub const unsafe fn required<S, T: Typed + Validate>(
        key: &'static str,
        field: *const T,
        base: *const S,
    ) -> Field {
        Field {
            key,
            // SAFETY: the caller guarantees `field` lies within the struct at `base`.
            offset: unsafe { offset_in(field, base) },
            read: read_required::<T>,
            write: write_required::<T>,
            drop: drop_at::<T>,
            check: check_at::<T>,
            rule: &Rule::None,
        }
    }

    /// An optional property `key` held in the field at `field` (of type `Option<T>`) of the struct
    /// at `base`; `None` when absent (and not written back).
    ///
    /// # Safety
    ///
    /// As [`Field::required`].
    pub const unsafe fn optional<S, T: Typed + Validate>(
        key: &'static str,
        field: *const Option<T>,
        base: *const S,
    ) -> Field {
        Field {
            key,
            // SAFETY: the caller guarantees `field` lies within the struct at `base`.
            offset: unsafe { offset_in(field, base) },
            read: read_optional::<T>,
            write: write_optional::<T>,
            drop: drop_at::<Option<T>>,
            check: check_optional_at::<T>,
            rule: &Rule::None,
        }
    }

    /// This property with the constraints its lexicon declares (none until given).
    pub const fn rule(self, rule: &'static Rule) -> Field {
        Field { rule, ..self }
    }
}

/// The byte offset of `field` within the struct at `base`; fails (at compile time, where layouts
/// are built) unless every `S` has a suitably aligned `T` there, which rules out packed structs.
///
/// # Safety
///
/// Both pointers must be derived from the same allocation, `field` at or after `base`.
pub(crate) const unsafe fn offset_in<S, T>(field: *const T, base: *const S) -> usize {
    // SAFETY: same allocation, guaranteed by the caller; a field never precedes its struct.
    let offset = unsafe { field.cast::<u8>().offset_from(base.cast::<u8>()) as usize };
    let align = align_of::<T>();
    assert!(
        align_of::<S>() >= align && offset % align == 0,
        "a field of a layout must be aligned for its type (no packed structs)"
    );
    offset
}

/// How a generated struct `S` is read from and written to the data model: every field but the
/// unknown-properties map as a [`Field`], that map's offset, and the record NSID for records.
pub struct Layout<S> {
    raw: RawLayout,
    object: PhantomData<fn() -> S>,
}

impl<S> Layout<S> {
    /// The layout of `S` (built by [`object!`](crate::object), which upholds the contract).
    ///
    /// # Safety
    ///
    /// `fields` were made with pointers into one `S` at `base`, `extra` points to a field of `S`,
    /// and together they name every field of `S` exactly once.
    pub const unsafe fn new(
        record: Option<&'static str>,
        fields: &'static [Field],
        extra: *const Map,
        base: *const S,
    ) -> Layout<S> {
        Layout {
            raw: RawLayout {
                record,
                fields,
                // SAFETY: the caller guarantees `extra` lies within the struct at `base`.
                extra: unsafe { offset_in(extra, base) },
            },
            object: PhantomData,
        }
    }

    /// Reads an `S` from `value` (a record's `$type` must be its NSID); the first error, located
    /// under `path`.
    pub fn read(&self, value: Value, path: Path<'_>) -> Result<S, TypedError> {
        let mut object = MaybeUninit::<S>::uninit();
        // SAFETY: the layout describes every field of `S` (the contract of `Layout::new`), so a
        // successful read initialised all of them.
        match unsafe { read_into(&self.raw, value, path, object.as_mut_ptr().cast()) } {
            None => Ok(unsafe { object.assume_init() }),
            Some(error) => Err(error),
        }
    }

    /// Writes `object`'s data-model form: its unknown properties, then every present field (and a
    /// record's `$type` when it was not among the unknown properties).
    pub fn write(&self, object: &S) -> Value {
        // SAFETY: `object` is an `S`, whose fields are where the layout says.
        unsafe { write_from(&self.raw, (object as *const S).cast()) }
    }

    /// Appends every violation of `object` under `path` to `out`: each present field against its
    /// rule, in table order.
    pub fn validate(&self, object: &S, path: Path<'_>, out: &mut Vec<Violation>) {
        // SAFETY: `object` is an `S`, whose fields are where the layout says.
        unsafe { validate_fields(self.raw.fields, (object as *const S).cast(), path, out) }
    }
}

/// [`Layout`] without its type, so the loops below exist once, not once per struct.
struct RawLayout {
    record: Option<&'static str>,
    fields: &'static [Field],
    extra: usize,
}

/// Reads every field into the struct at `base`; on an error (returned), drops the fields read so
/// far and leaves `base` uninitialised.
///
/// # Safety
///
/// `base` points to writable, suitably aligned memory for the struct `layout` describes.
unsafe fn read_into(
    layout: &RawLayout,
    value: Value,
    path: Path<'_>,
    base: *mut u8,
) -> Option<TypedError> {
    let props = match layout.record {
        Some(nsid) => Fields::record(value, path, nsid),
        None => Fields::new(value, path),
    };
    let mut props = match props {
        Ok(props) => props,
        Err(error) => return Some(error),
    };
    for (read, field) in layout.fields.iter().enumerate() {
        // SAFETY: the field's offset and functions belong to the struct at `base`.
        if unsafe { !(field.read)(&mut props, field.key, base.add(field.offset)) } {
            for done in &layout.fields[..read] {
                // SAFETY: fields before `read` were initialised by their read.
                unsafe { (done.drop)(base.add(done.offset)) };
            }
            return Some(props.error());
        }
    }
    // SAFETY: `extra` is the offset of the struct's `Map` field.
    unsafe { base.add(layout.extra).cast::<Map>().write(props.rest()) };
    None
}

/// The data-model form of the struct at `base`.
///
/// # Safety
///
/// `base` points to an initialised struct that `layout` describes.
unsafe fn write_from(layout: &RawLayout, base: *const u8) -> Value {
    // SAFETY: `extra` is the offset of the struct's `Map` field.
    let mut map = unsafe { (*base.add(layout.extra).cast::<Map>()).clone() };
    for field in layout.fields {
        // SAFETY: the field's offset and functions belong to the struct at `base`.
        if let Some(value) = unsafe { (field.write)(base.add(field.offset)) } {
            map.insert(field.key, value);
        }
    }
    match layout.record {
        Some(nsid) => super::with_record_type(map, nsid),
        None => Value::Map(map),
    }
}

/// Validates every field of the struct at `base` against its rule, under `path`.
///
/// # Safety
///
/// `base` points to an initialised struct that `fields` describe.
unsafe fn validate_fields(
    fields: &[Field],
    base: *const u8,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    for field in fields {
        // SAFETY: the field's offset and functions belong to the struct at `base`.
        unsafe { (field.check)(base.add(field.offset), field.rule, path.key(field.key), out) };
    }
}

/// Validates each of `items` against `rule` at its index under `path`: one non-generic loop for
/// every array (a generic one per element type was most of the code arrays cost).
pub(crate) fn validate_items<T: Validate>(
    items: &[T],
    rule: &Rule,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    let (first, size) = (items.as_ptr().cast::<u8>(), size_of::<T>());
    // SAFETY: `items.len()` elements of type `T` lie `size` bytes apart from `first`, and
    // `check_at::<T>` reads a `T`.
    unsafe { validate_each(first, items.len(), size, check_at::<T>, rule, path, out) }
}

/// # Safety
/// `first` points to `len` initialised values `size` bytes apart, each of the type `check` reads.
unsafe fn validate_each(
    first: *const u8,
    len: usize,
    size: usize,
    check: CheckFn,
    rule: &Rule,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    for index in 0..len {
        // SAFETY: guaranteed by the caller.
        unsafe { check(first.add(index * size), rule, path.index(index), out) };
    }
}

/// # Safety
/// `at` points to an initialised `T`.
pub(crate) unsafe fn check_at<T: Validate>(
    at: *const u8,
    rule: &Rule,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    // SAFETY: guaranteed by the caller.
    unsafe { &*at.cast::<T>() }.validate_rule(rule, path, out);
}

/// # Safety
/// `at` points to an initialised `Option<T>`.
pub(crate) unsafe fn check_optional_at<T: Validate>(
    at: *const u8,
    rule: &Rule,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    // SAFETY: guaranteed by the caller.
    if let Some(value) = unsafe { &*at.cast::<Option<T>>() } {
        value.validate_rule(rule, path, out);
    }
}

/// # Safety
/// `at` is writable memory for a `T`.
unsafe fn read_required<T: Typed>(props: &mut Fields<'_>, key: &'static str, at: *mut u8) -> bool {
    let Some((value, path)) = props.take(key) else {
        return props.missing(key);
    };
    match T::from_value(value, path) {
        // SAFETY: guaranteed by the caller.
        Ok(value) => unsafe { at.cast::<T>().write(value) },
        Err(error) => return props.fail(error),
    }
    true
}

/// # Safety
/// `at` is writable memory for an `Option<T>`.
unsafe fn read_optional<T: Typed>(props: &mut Fields<'_>, key: &'static str, at: *mut u8) -> bool {
    let value = match props.take(key) {
        // `null` is an error here unless `T` is `Nullable`, like any other wrong kind.
        Some((value, path)) => match T::from_value(value, path) {
            Ok(value) => Some(value),
            Err(error) => return props.fail(error),
        },
        None => None,
    };
    // SAFETY: guaranteed by the caller.
    unsafe { at.cast::<Option<T>>().write(value) };
    true
}

/// # Safety
/// `at` points to an initialised `T`.
unsafe fn write_required<T: Typed>(at: *const u8) -> Option<Value> {
    // SAFETY: guaranteed by the caller.
    Some(unsafe { &*at.cast::<T>() }.to_value())
}

/// # Safety
/// `at` points to an initialised `Option<T>`.
unsafe fn write_optional<T: Typed>(at: *const u8) -> Option<Value> {
    // SAFETY: guaranteed by the caller.
    unsafe { &*at.cast::<Option<T>>() }
        .as_ref()
        .map(T::to_value)
}

/// # Safety
/// `at` points to an initialised `T`, not used again.
pub(crate) unsafe fn drop_at<T>(at: *mut u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::drop_in_place(at.cast::<T>()) }
}

/// A generated struct described by its [`Layout`]; [`object!`](crate::object) implements it and
/// [`Typed`] through it.
pub trait Object: Sized {
    /// Where each property lives and how it is read and written.
    const LAYOUT: Layout<Self>;
}

/// Implements [`Object`], [`Typed`] and [`Validate`] for a generated struct from the list of its
/// properties and their constraints:
///
/// ```
/// use lexgen::model::{Datetime, Language, Map};
/// use lexgen::typed::Validate;
///
/// pub struct Post {
///     pub created_at: Datetime,
///     pub langs: Option<Vec<Language>>,
///     pub tags: Option<Vec<String>>,
///     pub text: String,
///     pub extra: Map,
/// }
///
/// lexgen::object! {
///     record Post = "app.bsky.feed.post", extra {
///         created_at: required "createdAt",
///         langs: optional "langs" array { max_length: 3 },
///         tags: optional "tags" array { max_length: 8 } of string { max_length: 640, max_graphemes: 64 },
///         text: required "text" string { max_length: 3000, max_graphemes: 300 },
///     }
/// }
///
/// let post = Post {
///     created_at: "2024-01-01T00:00:00Z".parse().unwrap(),
///     langs: None,
///     tags: Some(vec!["ok".to_owned(), "x".repeat(641)]),
///     text: "hello".to_owned(),
///     extra: Map::default(),
/// };
/// // Too many bytes and too many graphemes.
/// let paths: Vec<String> = post.validate().into_iter().map(|v| v.path).collect();
/// assert_eq!(paths, ["$.tags[1]", "$.tags[1]"]);
/// ```
///
/// Each entry is a field, whether the property is `required` (field type `T`) or `optional`
/// (`Option<T>`), its wire key, and the lexicon's constraints on its value, if any: `string`
/// (`min_length`, `max_length`, `min_graphemes`, `max_graphemes`, `equals` for `const`, `cid`
/// for a `cid` format), `integer` (`minimum`, `maximum`, `one_of` for `enum`, `equals`),
/// `boolean` (`equals`), `bytes` (`min_length`, `max_length`), `blob` (`accept`, `max_size`),
/// and `array` (`min_length`, `max_length`) optionally followed by `of` and its items' rule.
/// Objects and unions in fields validate themselves. The ident before the list is the
/// unknown-properties map.
/// Every field of the struct must be listed (a missing one fails to compile), which is what makes
/// the layout sound. A `record` checks and writes back its `$type`. An object that is not a record
/// omits `record` and the NSID:
///
/// ```
/// pub struct Label {
///     pub text: String,
///     pub created_at: String,
///     pub extra: lexgen::model::Map,
/// }
///
/// lexgen::object! {
///     Label, extra {
///         text: required "text",
///         created_at: required "createdAt",
///     }
/// }
/// ```
///
/// The same with `created_at` left out of the list does not compile (its slot in the layout would be
/// left uninitialised):
///
/// ```compile_fail
/// pub struct Label {
///     pub text: String,
///     pub created_at: String,
///     pub extra: lexgen::model::Map,
/// }
///
/// lexgen::object! {
///     Label, extra {
///         text: required "text",
///     }
/// }
/// ```
///
/// Nor does a packed struct, whose fields may be unaligned for their types (the layout's constant
/// evaluation stops with "a field of a layout must be aligned for its type"):
///
/// ```compile_fail,E0080
/// #[repr(C, packed)]
/// pub struct Packed {
///     pub flag: bool,
///     pub count: i64,
///     pub extra: lexgen::model::Map,
/// }
///
/// lexgen::object! {
///     Packed, extra {
///         flag: required "flag",
///         count: required "count",
///     }
/// }
/// ```
#[macro_export]
macro_rules! object {
    (record $ty:ident = $nsid:literal, $extra:ident { $($field:ident: $kind:ident $key:literal $($rule:ident $body:tt)of*),* $(,)? }) => {
        $crate::object!(@impl $ty, [$nsid], $extra { $($field: $kind $key [$($rule $body)of*]),* });
    };
    ($ty:ident, $extra:ident { $($field:ident: $kind:ident $key:literal $($rule:ident $body:tt)of*),* $(,)? }) => {
        $crate::object!(@impl $ty, [], $extra { $($field: $kind $key [$($rule $body)of*]),* });
    };
    (@record) => {
        ::core::option::Option::None
    };
    (@record $nsid:literal) => {
        ::core::option::Option::Some($nsid)
    };
    (@rule) => {
        &$crate::typed::Rule::None
    };
    (@rule array { $($name:ident: $value:expr),* $(,)? } $(of $($items:tt)+)?) => {{
        const RULE: $crate::typed::Rule =
            $crate::typed::rule::array($crate::object!(@rule $($($items)+)?)) $(.$name($value))*.rule();
        &RULE
    }};
    (@rule $kind:ident { $($name:ident: $value:expr),* $(,)? }) => {{
        const RULE: $crate::typed::Rule = $crate::typed::rule::$kind() $(.$name($value))*.rule();
        &RULE
    }};
    (@impl $ty:ident, [$($nsid:literal)?], $extra:ident { $($field:ident: $kind:ident $key:literal [$($rule:tt)*]),* }) => {
        #[allow(unsafe_code)]
        impl $crate::typed::Object for $ty {
            const LAYOUT: $crate::typed::Layout<Self> = {
                // The metavariables inside `unsafe` are idents and literals (fields, wire keys, and
                // `required` or `optional`, the only `Field` constructors): they carry no code.
                #[allow(clippy::macro_metavars_in_unsafe)]
                const FIELDS: &[$crate::typed::Field] = {
                    let object = ::core::mem::MaybeUninit::<$ty>::uninit();
                    let base = object.as_ptr();
                    // Names every field (no `..`): a field missing from the list fails to compile.
                    if false {
                        // SAFETY: never runs.
                        let $ty { $($field: _,)* $extra: _ } = unsafe { &*base };
                    }
                    // SAFETY: each pointer is a field of the struct at `base`, given with its type.
                    &[$(unsafe { $crate::typed::Field::$kind($key, &raw const (*base).$field, base) }
                        .rule($crate::object!(@rule $($rule)*))),*]
                };
                let record = $crate::object!(@record $($nsid)?);
                let object = ::core::mem::MaybeUninit::<$ty>::uninit();
                let base = object.as_ptr();
                // SAFETY: `FIELDS` and `extra` name every field of the struct exactly once.
                unsafe { $crate::typed::Layout::new(record, FIELDS, &raw const (*base).$extra, base) }
            };
        }

        impl $crate::typed::Typed for $ty {
            fn from_value(
                value: $crate::model::Value,
                path: $crate::typed::Path<'_>,
            ) -> ::core::result::Result<Self, $crate::typed::TypedError> {
                <Self as $crate::typed::Object>::LAYOUT.read(value, path)
            }

            fn to_value(&self) -> $crate::model::Value {
                <Self as $crate::typed::Object>::LAYOUT.write(self)
            }
        }

        impl $crate::typed::Validate for $ty {
            fn validate_at(
                &self,
                path: $crate::typed::Path<'_>,
                out: &mut ::std::vec::Vec<$crate::typed::Violation>,
            ) {
                <Self as $crate::typed::Object>::LAYOUT.validate(self, path, out)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Sample {
        name: String,
        tags: Option<Vec<String>>,
        child: Option<Box<Sample>>,
        count: i64,
        extra: Map,
    }

    crate::object! {
        Sample, extra {
            name: required "name",
            tags: optional "tags",
            child: optional "child",
            count: required "count",
        }
    }

    #[derive(Debug, PartialEq)]
    struct Entry {
        title: String,
        extra: Map,
    }

    crate::object! {
        record Entry = "com.example.entry", extra {
            title: required "title",
        }
    }

    #[derive(Debug, PartialEq)]
    struct Empty {
        extra: Map,
    }

    crate::object! { Empty, extra {} }

    fn value(json: serde_json::Value) -> Value {
        Value::from_json(&json).unwrap()
    }

    fn read<T: Typed>(json: serde_json::Value) -> Result<T, TypedError> {
        T::from_value(value(json), Path::ROOT)
    }

    #[test]
    fn reads_every_field_and_keeps_unknown_properties() {
        let json = json!({
            "name": "a",
            "tags": ["x", "y"],
            "child": {"name": "b", "count": 2, "more": true},
            "count": 1,
            "unknown": {"deep": [1]},
        });
        let sample: Sample = read(json.clone()).unwrap();
        assert_eq!(sample.name, "a");
        assert_eq!(
            sample.tags.as_deref(),
            Some(&["x".to_owned(), "y".to_owned()][..])
        );
        assert_eq!(sample.count, 1);
        let child = sample.child.as_deref().unwrap();
        assert_eq!(
            (child.name.as_str(), child.count, child.tags.as_ref()),
            ("b", 2, None)
        );
        assert_eq!(child.extra.get("more"), Some(&Value::Bool(true)));
        assert_eq!(
            sample.extra.get("unknown"),
            Some(&value(json!({"deep": [1]})))
        );
        assert_eq!(sample.to_value(), value(json));
    }

    #[test]
    fn an_error_after_some_fields_drops_them_and_names_the_first_problem() {
        // `name`, `tags` and `child` own heap memory when `count` fails: under Miri a leak or a
        // double drop fails the test.
        let json =
            json!({"name": "a", "tags": ["x"], "child": {"name": "b", "count": 2}, "count": "1"});
        let error = read::<Sample>(json).unwrap_err();
        assert_eq!(error.path, "$.count");
        let error = read::<Sample>(json!({"tags": ["x"], "count": 1})).unwrap_err();
        assert_eq!(
            (error.path.as_str(), error.message.as_str()),
            ("$", "missing required property `name`")
        );
        let error =
            read::<Sample>(json!({"name": "a", "child": {"name": 3}, "count": 1})).unwrap_err();
        assert_eq!(error.path, "$.child.name");
        let error = read::<Sample>(json!(["not", "an", "object"])).unwrap_err();
        assert_eq!(error.path, "$");
    }

    #[test]
    fn a_record_checks_its_type_and_writes_it_back() {
        let entry: Entry = read(json!({"$type": "com.example.entry", "title": "t"})).unwrap();
        assert_eq!(
            entry.to_value(),
            value(json!({"$type": "com.example.entry", "title": "t"}))
        );
        let error = read::<Entry>(json!({"$type": "com.example.other", "title": "t"})).unwrap_err();
        assert_eq!(error.path, "$.$type");
        let error = read::<Entry>(json!({"title": "t"})).unwrap_err();
        assert_eq!(error.path, "$");
        let built = Entry {
            title: "t".to_owned(),
            extra: Map::default(),
        };
        assert_eq!(
            built.to_value(),
            value(json!({"$type": "com.example.entry", "title": "t"}))
        );
    }

    #[test]
    fn an_object_without_properties_keeps_everything_as_unknown() {
        let empty: Empty = read(json!({"a": 1, "b": "c"})).unwrap();
        assert_eq!(empty.extra.len(), 2);
        assert_eq!(empty.to_value(), value(json!({"a": 1, "b": "c"})));
    }
}
