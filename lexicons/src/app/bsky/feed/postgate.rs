// @generated from lexicons/app/bsky/feed/postgate.json by cargo xtask codegen
//! `app.bsky.feed.postgate`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.postgate";
#[derive(Clone, PartialEq)]
pub struct DisableRule {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DisableRule, extra {
    }
}
#[derive(Clone, PartialEq)]
pub enum PostgateEmbeddingRulesItem {
    /// `app.bsky.feed.postgate#disableRule`
    DisableRule(::std::boxed::Box<DisableRule>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostgateEmbeddingRulesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.postgate#disableRule" => {
                ::lexgen::typed::member(map, path).map(Self::DisableRule)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DisableRule(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.postgate#disableRule")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PostgateEmbeddingRulesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DisableRule(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Postgate {
    pub created_at: ::lexgen::model::Datetime,
    pub detached_embedding_uris: ::std::option::Option<
        ::std::vec::Vec<::lexgen::model::AtUri>,
    >,
    pub embedding_rules: ::std::option::Option<
        ::std::vec::Vec<PostgateEmbeddingRulesItem>,
    >,
    pub post: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Postgate = "app.bsky.feed.postgate", extra {
        created_at: required "createdAt",
        detached_embedding_uris: optional "detachedEmbeddingUris" array { max_length: 50 },
        embedding_rules: optional "embeddingRules" array { max_length: 5 },
        post: required "post",
    }
}
::lexgen::via_typed!(DisableRule, PostgateEmbeddingRulesItem, Postgate);
