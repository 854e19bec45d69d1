// @generated from lexicons/app/bsky/feed/post.json by cargo xtask codegen
//! `app.bsky.feed.post`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.post";
#[derive(Clone, PartialEq)]
pub struct Entity {
    pub index: TextSlice,
    pub r#type: ::std::string::String,
    pub value: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Entity, extra {
        index: required "index",
        r#type: required "type",
        value: required "value",
    }
}
#[derive(Clone, PartialEq)]
pub enum PostEmbed {
    /// `app.bsky.embed.images`
    Images(::std::boxed::Box<crate::app::bsky::embed::images::Images>),
    /// `app.bsky.embed.video`
    Video(::std::boxed::Box<crate::app::bsky::embed::video::Video>),
    /// `app.bsky.embed.gallery`
    Gallery(::std::boxed::Box<crate::app::bsky::embed::gallery::Gallery>),
    /// `app.bsky.embed.external`
    External(::std::boxed::Box<crate::app::bsky::embed::external::External>),
    /// `app.bsky.embed.record`
    Record(::std::boxed::Box<crate::app::bsky::embed::record::Record>),
    /// `app.bsky.embed.recordWithMedia`
    RecordWithMedia(
        ::std::boxed::Box<crate::app::bsky::embed::record_with_media::RecordWithMedia>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostEmbed {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.images" => {
                ::lexgen::typed::member(map, path).map(Self::Images)
            }
            "app.bsky.embed.video" => ::lexgen::typed::member(map, path).map(Self::Video),
            "app.bsky.embed.gallery" => {
                ::lexgen::typed::member(map, path).map(Self::Gallery)
            }
            "app.bsky.embed.external" => {
                ::lexgen::typed::member(map, path).map(Self::External)
            }
            "app.bsky.embed.record" => {
                ::lexgen::typed::member(map, path).map(Self::Record)
            }
            "app.bsky.embed.recordWithMedia" => {
                ::lexgen::typed::member(map, path).map(Self::RecordWithMedia)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Images(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.images")
            }
            Self::Video(v) => ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.video"),
            Self::Gallery(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery")
            }
            Self::External(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external")
            }
            Self::Record(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record")
            }
            Self::RecordWithMedia(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.recordWithMedia")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PostEmbed {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Images(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Video(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Gallery(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::External(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Record(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::RecordWithMedia(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum PostLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostLabels {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.label.defs#selfLabels" => {
                ::lexgen::typed::member(map, path).map(Self::DefsSelfLabels)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.label.defs#selfLabels")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PostLabels {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Post {
    pub created_at: ::lexgen::model::Datetime,
    pub embed: ::std::option::Option<PostEmbed>,
    pub entities: ::std::option::Option<::std::vec::Vec<Entity>>,
    pub facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub labels: ::std::option::Option<PostLabels>,
    pub langs: ::std::option::Option<::std::vec::Vec<::lexgen::model::Language>>,
    pub reply: ::std::option::Option<ReplyRef>,
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub text: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Post = "app.bsky.feed.post", extra {
        created_at: required "createdAt",
        embed: optional "embed",
        entities: optional "entities",
        facets: optional "facets",
        labels: optional "labels",
        langs: optional "langs" array { max_length: 3 },
        reply: optional "reply",
        tags: optional "tags" array { max_length: 8 } of string { max_length: 640, max_graphemes: 64 },
        text: required "text" string { max_length: 3000, max_graphemes: 300 },
    }
}
#[derive(Clone, PartialEq)]
pub struct ReplyRef {
    pub parent: crate::com::atproto::repo::strong_ref::StrongRef,
    pub root: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ReplyRef, extra {
        parent: required "parent",
        root: required "root",
    }
}
#[derive(Clone, PartialEq)]
pub struct TextSlice {
    pub end: i64,
    pub start: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    TextSlice, extra {
        end: required "end" integer { minimum: 0 },
        start: required "start" integer { minimum: 0 },
    }
}
::lexgen::via_typed!(Entity, PostEmbed, PostLabels, Post, ReplyRef, TextSlice);
