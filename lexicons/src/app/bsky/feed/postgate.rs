// @generated from lexicons/app/bsky/feed/postgate.json by cargo xtask codegen
//! `app.bsky.feed.postgate`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.postgate";
#[derive(Clone, PartialEq)]
pub struct DisableRule {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DisableRule {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        ::std::result::Result::Ok(Self { extra: props.rest() })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let map = self.extra.clone();
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DisableRule {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::Typed for Postgate {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.feed.postgate",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.optional("detachedEmbeddingUris", &mut slots.1);
        props.optional("embeddingRules", &mut slots.2);
        props.required("post", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(detached_embedding_uris),
                ::std::option::Option::Some(embedding_rules),
                ::std::option::Option::Some(post),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    detached_embedding_uris,
                    embedding_rules,
                    post,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(
            &mut map,
            "detachedEmbeddingUris",
            &self.detached_embedding_uris,
        );
        ::lexgen::typed::put_optional(&mut map, "embeddingRules", &self.embedding_rules);
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::typed::with_record_type(map, "app.bsky.feed.postgate")
    }
}
impl ::lexgen::typed::Validate for Postgate {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.detached_embedding_uris {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(50u64),
                    path.key("detachedEmbeddingUris"),
                    out,
                );
            }
        }
        if let ::std::option::Option::Some(v) = &self.embedding_rules {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(5u64),
                    path.key("embeddingRules"),
                    out,
                );
                let p0 = path.key("embeddingRules");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
::lexgen::via_typed!(DisableRule, PostgateEmbeddingRulesItem, Postgate);
