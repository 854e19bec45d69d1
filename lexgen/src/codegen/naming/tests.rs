//! The naming rules as a table: input → module, type, field and variant names.

use super::*;

/// One row per interesting input: `(input, snake_case field, UpperCamel type, known-value variant)`.
const TABLE: &[(&str, &str, &str, &str)] = &[
    ("post", "post", "Post", "Post"),
    ("replyRef", "reply_ref", "ReplyRef", "ReplyRef"),
    (
        "getHTTPThing",
        "get_http_thing",
        "GetHttpThing",
        "GetHttpThing",
    ),
    ("type", "r#type", "Type", "Type"),
    ("self", "self_", "Self_", "Self_"),
    ("crate", "crate_", "Crate", "Crate"),
    ("cid-link", "cid_link", "CidLink", "CidLink"),
    ("en-US", "en_us", "EnUs", "EnUs"),
    (
        "!no-unauthenticated",
        "no_unauthenticated",
        "NoUnauthenticated",
        "NoUnauthenticated",
    ),
    (
        "app.bsky.feed.defs#requestLess",
        "app_bsky_feed_defs_request_less",
        "AppBskyFeedDefsRequestLess",
        "RequestLess",
    ),
    ("3d", "_3d", "_3d", "_3d"),
    ("", "empty", "Empty", "Empty"),
    ("async", "r#async", "Async", "Async"),
];

#[test]
fn naming_table() {
    for &(input, field, ty, variant) in TABLE {
        let got = (
            field_name(input),
            type_name(input),
            known_value_variant(input),
        );
        assert_eq!(
            (got.0.as_str(), got.1.as_str(), got.2.as_str()),
            (field, ty, variant),
            "{input:?}"
        );
    }
}

#[test]
fn main_takes_the_last_nsid_segment() {
    assert_eq!(
        module_path("app.bsky.feed.post"),
        ["app", "bsky", "feed", "post"]
    );
    assert_eq!(
        module_path("com.atproto.repo.createRecord"),
        ["com", "atproto", "repo", "create_record"]
    );
    assert_eq!(def_type_name("app.bsky.feed.post", "main", true), "Post");
    assert_eq!(
        def_type_name("app.bsky.feed.post", "replyRef", true),
        "ReplyRef"
    );
    assert_eq!(
        def_type_name("app.bsky.embed.external", "external", true),
        "ExternalDef"
    );
    assert_eq!(
        def_type_name("app.bsky.embed.external", "external", false),
        "External"
    );
}

#[test]
fn dedupe_appends_numbers() {
    let mut names = vec![
        "A".to_owned(),
        "A".to_owned(),
        "A2".to_owned(),
        "A".to_owned(),
    ];
    dedupe(&mut names);
    assert_eq!(names, ["A", "A2", "A22", "A3"]);
}
