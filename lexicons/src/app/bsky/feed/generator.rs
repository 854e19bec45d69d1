// @generated from lexicons/app/bsky/feed/generator.json by cargo xtask codegen
//! `app.bsky.feed.generator`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.generator";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum GeneratorContentMode {
    /// `app.bsky.feed.defs#contentModeUnspecified`
    ContentModeUnspecified,
    /// `app.bsky.feed.defs#contentModeVideo`
    ContentModeVideo,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl GeneratorContentMode {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentModeUnspecified => "app.bsky.feed.defs#contentModeUnspecified",
            Self::ContentModeVideo => "app.bsky.feed.defs#contentModeVideo",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for GeneratorContentMode {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "app.bsky.feed.defs#contentModeUnspecified" => {
                    Self::ContentModeUnspecified
                }
                "app.bsky.feed.defs#contentModeVideo" => Self::ContentModeVideo,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(GeneratorContentMode);
impl ::lexgen::xrpc::Param for GeneratorContentMode {}
#[derive(Clone, PartialEq)]
pub enum GeneratorLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for GeneratorLabels {
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
impl ::lexgen::typed::Validate for GeneratorLabels {
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
pub struct Generator {
    pub accepts_interactions: ::std::option::Option<bool>,
    pub avatar: ::std::option::Option<::lexgen::model::BlobRef>,
    pub content_mode: ::std::option::Option<GeneratorContentMode>,
    pub created_at: ::lexgen::model::Datetime,
    pub description: ::std::option::Option<::std::string::String>,
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub did: ::lexgen::model::Did,
    pub display_name: ::std::string::String,
    pub labels: ::std::option::Option<GeneratorLabels>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Generator = "app.bsky.feed.generator", extra {
        accepts_interactions: optional "acceptsInteractions",
        avatar: optional "avatar" blob { accept: &["image/png", "image/jpeg"], max_size: 1000000 },
        content_mode: optional "contentMode",
        created_at: required "createdAt",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        did: required "did",
        display_name: required "displayName" string { max_length: 240, max_graphemes: 24 },
        labels: optional "labels",
    }
}
::lexgen::via_typed!(GeneratorContentMode, GeneratorLabels, Generator);
