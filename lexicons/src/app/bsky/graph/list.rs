// @generated from lexicons/app/bsky/graph/list.json by cargo xtask codegen
//! `app.bsky.graph.list`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.list";
#[derive(Clone, PartialEq)]
pub enum ListLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ListLabels {
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
impl ::lexgen::typed::Validate for ListLabels {
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
pub struct List {
    pub avatar: ::std::option::Option<::lexgen::model::BlobRef>,
    pub created_at: ::lexgen::model::Datetime,
    pub description: ::std::option::Option<::std::string::String>,
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub labels: ::std::option::Option<ListLabels>,
    pub name: ::std::string::String,
    pub purpose: crate::app::bsky::graph::defs::ListPurpose,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record List = "app.bsky.graph.list", extra {
        avatar: optional "avatar" blob { accept: &["image/png", "image/jpeg"], max_size: 1000000 },
        created_at: required "createdAt",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        labels: optional "labels",
        name: required "name" string { min_length: 1, max_length: 64 },
        purpose: required "purpose",
    }
}
::lexgen::via_typed!(ListLabels, List);
