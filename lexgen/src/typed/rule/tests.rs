//! The table-driven validation of `object!` against the constraint primitives: every rule kind,
//! in table order, at the right paths, with the violations `validate::constraints` gives.

use crate::lexicon::StringFormat;
use crate::model::{BlobRef, Bytes, Cid, CidLink, CidString, Did, Map};
use crate::typed::{Nullable, Validate, Violation};
use crate::validate::{Mode, constraints};

/// A string set, as generated: validated through its text.
#[derive(Debug)]
struct Level(&'static str);

impl Level {
    fn as_str(&self) -> &str {
        self.0
    }
}

crate::string_set!(Level);

struct Child {
    name: String,
    extra: Map,
}

crate::object! {
    Child, extra {
        name: required "name" string { max_length: 2 },
    }
}

impl crate::typed::Typed for Level {
    fn from_value(
        _: crate::model::Value,
        path: crate::typed::Path<'_>,
    ) -> Result<Self, crate::typed::TypedError> {
        Err(crate::typed::TypedError::new(path, "not read in this test"))
    }

    fn to_value(&self) -> crate::model::Value {
        crate::model::Value::String(self.0.to_owned())
    }
}

struct Everything {
    text: String,
    exact: String,
    cid: CidString,
    did: Did,
    level: Level,
    count: i64,
    choice: i64,
    fixed: i64,
    flag: bool,
    data: Bytes,
    image: BlobRef,
    link: CidLink,
    list: Vec<String>,
    grid: Vec<Vec<i64>>,
    child: Box<Child>,
    children: Vec<Child>,
    maybe: Option<Nullable<String>>,
    absent: Option<String>,
    unknown: Map,
    extra: Map,
}

crate::object! {
    Everything, extra {
        text: required "text" string { min_length: 2, max_length: 4, min_graphemes: 2, max_graphemes: 3 },
        exact: required "exact" string { equals: "yes" },
        cid: required "cid" string { cid: true },
        did: required "did" string { max_length: 8 },
        level: required "level" string { max_length: 3 },
        count: required "count" integer { minimum: -1, maximum: 10 },
        choice: required "choice" integer { one_of: &[1, 2, 3] },
        fixed: required "fixed" integer { equals: 7 },
        flag: required "flag" boolean { equals: true },
        data: required "data" bytes { min_length: 1, max_length: 2 },
        image: required "image" blob { accept: &["image/*"], max_size: 5 },
        link: required "link",
        list: required "list" array { min_length: 1, max_length: 2 } of string { max_length: 1 },
        grid: required "grid" array {} of array { max_length: 1 } of integer { maximum: 0 },
        child: required "child",
        children: required "children",
        maybe: optional "maybe" string { max_length: 1 },
        absent: optional "absent" string { max_length: 0 },
        unknown: required "unknown",
    }
}

fn blob(mime_type: &str, size: u64) -> BlobRef {
    BlobRef {
        cid: Cid::for_raw(b"x"),
        mime_type: mime_type.to_owned(),
        size: Some(size),
    }
}

fn child(name: &str) -> Child {
    Child {
        name: name.to_owned(),
        extra: Map::default(),
    }
}

fn valid() -> Everything {
    Everything {
        text: "abc".to_owned(),
        exact: "yes".to_owned(),
        cid: CidString::from(Cid::for_raw(b"x")),
        did: "did:a:b".parse().unwrap(),
        level: Level("low"),
        count: -1,
        choice: 2,
        fixed: 7,
        flag: true,
        data: Bytes(vec![1]),
        image: blob("image/png", 5),
        link: CidLink(Cid::for_raw(b"y")),
        list: vec!["a".to_owned()],
        grid: vec![vec![0], vec![]],
        child: Box::new(child("ab")),
        children: vec![child("a")],
        maybe: Some(Nullable::Null),
        absent: None,
        unknown: Map::default(),
        extra: Map::default(),
    }
}

/// The violation the primitive gives, placed at `path`.
fn at(path: &str, checked: Result<(), crate::validate::Violation>) -> Violation {
    Violation {
        path: path.to_owned(),
        message: checked.expect_err(path).to_string(),
    }
}

#[test]
fn a_valid_value_has_no_violations() {
    assert_eq!(valid().validate(), []);
}

#[test]
fn every_rule_kind_reports_what_the_primitives_report_in_table_order() {
    let broken = Everything {
        text: "abcde".to_owned(),
        exact: "no".to_owned(),
        cid: "bafyreiabcdefg".parse().unwrap(),
        did: "did:plc:toolong".parse().unwrap(),
        level: Level("high"),
        count: 11,
        choice: 4,
        fixed: 8,
        flag: false,
        data: Bytes(vec![1, 2, 3]),
        image: blob("text/plain", 6),
        list: vec!["a".to_owned(), "bc".to_owned(), "d".to_owned()],
        grid: vec![vec![0, 1], vec![2]],
        child: Box::new(child("abc")),
        children: vec![child("a"), child("xyz")],
        maybe: Some(Nullable::Value("ab".to_owned())),
        ..valid()
    };
    let expected = vec![
        at(
            "$.text",
            constraints::string_length("abcde", Some(2), Some(4)),
        ),
        at("$.text", constraints::graphemes("abcde", Some(2), Some(3))),
        at("$.exact", constraints::string_const("no", "yes")),
        at(
            "$.cid",
            constraints::format("bafyreiabcdefg", StringFormat::Cid, Mode::Strict),
        ),
        at(
            "$.did",
            constraints::string_length("did:plc:toolong", None, Some(8)),
        ),
        at("$.level", constraints::string_length("high", None, Some(3))),
        at(
            "$.count",
            constraints::integer_range(11, Some(-1), Some(10)),
        ),
        at("$.choice", constraints::integer_enum(4, &[1, 2, 3])),
        at("$.fixed", constraints::integer_const(8, 7)),
        at("$.flag", constraints::boolean_const(false, true)),
        at("$.data", constraints::bytes_length(3, Some(1), Some(2))),
        at(
            "$.image",
            constraints::blob_accept("text/plain", &["image/*"]),
        ),
        at("$.image", constraints::blob_max_size(6, 5)),
        at("$.list", constraints::array_length(3, Some(1), Some(2))),
        at("$.list[1]", constraints::string_length("bc", None, Some(1))),
        at("$.grid[0]", constraints::array_length(2, None, Some(1))),
        at("$.grid[0][1]", constraints::integer_range(1, None, Some(0))),
        at("$.grid[1][0]", constraints::integer_range(2, None, Some(0))),
        at(
            "$.child.name",
            constraints::string_length("abc", None, Some(2)),
        ),
        at(
            "$.children[1].name",
            constraints::string_length("xyz", None, Some(2)),
        ),
        at("$.maybe", constraints::string_length("ab", None, Some(1))),
    ];
    assert_eq!(broken.validate(), expected);
}

#[test]
fn violations_are_placed_under_the_given_path() {
    let broken = Everything {
        fixed: 8,
        ..valid()
    };
    let root = crate::typed::Path::ROOT;
    let outer = root.key("embed");
    let mut out = Vec::new();
    broken.validate_at(outer.index(2), &mut out);
    assert_eq!(
        out,
        [at("$.embed[2].fixed", constraints::integer_const(8, 7))]
    );
}
