// @generated from lexicons/app/bsky/richtext/facet.json by cargo xtask codegen
//! `app.bsky.richtext.facet`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.richtext.facet";
#[derive(Clone, PartialEq)]
pub struct ByteSlice {
    pub byte_end: i64,
    pub byte_start: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ByteSlice, extra {
        byte_end: required "byteEnd" integer { minimum: 0 },
        byte_start: required "byteStart" integer { minimum: 0 },
    }
}
#[derive(Clone, PartialEq)]
pub struct Link {
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Link, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub enum FacetFeaturesItem {
    /// `app.bsky.richtext.facet#mention`
    Mention(::std::boxed::Box<Mention>),
    /// `app.bsky.richtext.facet#link`
    Link(::std::boxed::Box<Link>),
    /// `app.bsky.richtext.facet#tag`
    Tag(::std::boxed::Box<Tag>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for FacetFeaturesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.richtext.facet#mention" => {
                ::lexgen::typed::member(map, path).map(Self::Mention)
            }
            "app.bsky.richtext.facet#link" => {
                ::lexgen::typed::member(map, path).map(Self::Link)
            }
            "app.bsky.richtext.facet#tag" => {
                ::lexgen::typed::member(map, path).map(Self::Tag)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Mention(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.richtext.facet#mention")
            }
            Self::Link(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.richtext.facet#link")
            }
            Self::Tag(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.richtext.facet#tag")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for FacetFeaturesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Mention(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Link(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Tag(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Facet {
    pub features: ::std::vec::Vec<FacetFeaturesItem>,
    pub index: ByteSlice,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Facet, extra {
        features: required "features",
        index: required "index",
    }
}
#[derive(Clone, PartialEq)]
pub struct Mention {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Mention, extra {
        did: required "did",
    }
}
#[derive(Clone, PartialEq)]
pub struct Tag {
    pub tag: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Tag, extra {
        tag: required "tag" string { max_length: 640, max_graphemes: 64 },
    }
}
::lexgen::via_typed!(ByteSlice, Link, FacetFeaturesItem, Facet, Mention, Tag);
