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
impl ::lexgen::typed::Typed for Entity {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("index", &mut slots.0);
        props.required("type", &mut slots.1);
        props.required("value", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(index),
                ::std::option::Option::Some(r#type),
                ::std::option::Option::Some(value),
            ) => {
                ::std::result::Result::Ok(Self {
                    index,
                    r#type,
                    value,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "index", &self.index);
        ::lexgen::typed::put(&mut map, "type", &self.r#type);
        ::lexgen::typed::put(&mut map, "value", &self.value);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Entity {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.index;
            ::lexgen::typed::Validate::validate_at(v, path.key("index"), out);
        }
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
impl ::lexgen::typed::Typed for Post {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.feed.post",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.optional("embed", &mut slots.1);
        props.optional("entities", &mut slots.2);
        props.optional("facets", &mut slots.3);
        props.optional("labels", &mut slots.4);
        props.optional("langs", &mut slots.5);
        props.optional("reply", &mut slots.6);
        props.optional("tags", &mut slots.7);
        props.required("text", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(embed),
                ::std::option::Option::Some(entities),
                ::std::option::Option::Some(facets),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(langs),
                ::std::option::Option::Some(reply),
                ::std::option::Option::Some(tags),
                ::std::option::Option::Some(text),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    embed,
                    entities,
                    facets,
                    labels,
                    langs,
                    reply,
                    tags,
                    text,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "embed", &self.embed);
        ::lexgen::typed::put_optional(&mut map, "entities", &self.entities);
        ::lexgen::typed::put_optional(&mut map, "facets", &self.facets);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "langs", &self.langs);
        ::lexgen::typed::put_optional(&mut map, "reply", &self.reply);
        ::lexgen::typed::put_optional(&mut map, "tags", &self.tags);
        ::lexgen::typed::put(&mut map, "text", &self.text);
        ::lexgen::typed::with_record_type(map, "app.bsky.feed.post")
    }
}
impl ::lexgen::typed::Validate for Post {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.embed {
            ::lexgen::typed::Validate::validate_at(v, path.key("embed"), out);
        }
        if let ::std::option::Option::Some(v) = &self.entities {
            {
                let p0 = path.key("entities");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.facets {
            {
                let p0 = path.key("facets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            ::lexgen::typed::Validate::validate_at(v, path.key("labels"), out);
        }
        if let ::std::option::Option::Some(v) = &self.langs {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(3u64),
                    path.key("langs"),
                    out,
                );
            }
        }
        if let ::std::option::Option::Some(v) = &self.reply {
            ::lexgen::typed::Validate::validate_at(v, path.key("reply"), out);
        }
        if let ::std::option::Option::Some(v) = &self.tags {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(8u64),
                    path.key("tags"),
                    out,
                );
                let p0 = path.key("tags");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        {
            let v = &self.text;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(3000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(300u64),
                },
                path.key("text"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ReplyRef {
    pub parent: crate::com::atproto::repo::strong_ref::StrongRef,
    pub root: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ReplyRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("parent", &mut slots.0);
        props.required("root", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(parent), ::std::option::Option::Some(root)) => {
                ::std::result::Result::Ok(Self { parent, root, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "parent", &self.parent);
        ::lexgen::typed::put(&mut map, "root", &self.root);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ReplyRef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.parent;
            ::lexgen::typed::Validate::validate_at(v, path.key("parent"), out);
        }
        {
            let v = &self.root;
            ::lexgen::typed::Validate::validate_at(v, path.key("root"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct TextSlice {
    pub end: i64,
    pub start: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for TextSlice {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("end", &mut slots.0);
        props.required("start", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(end), ::std::option::Option::Some(start)) => {
                ::std::result::Result::Ok(Self { end, start, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "end", &self.end);
        ::lexgen::typed::put(&mut map, "start", &self.start);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for TextSlice {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.end;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("end"),
                out,
            );
        }
        {
            let v = &self.start;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("start"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(Entity, PostEmbed, PostLabels, Post, ReplyRef, TextSlice);
