// @generated from lexicons/app/bsky/graph/getRelationships.json by cargo xtask codegen
//! `app.bsky.graph.getRelationships`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getRelationships";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub others: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        others: repeated "others" array { max_length: 30 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub enum OutputRelationshipsItem {
    /// `app.bsky.graph.defs#relationship`
    DefsRelationship(::std::boxed::Box<crate::app::bsky::graph::defs::Relationship>),
    /// `app.bsky.graph.defs#notFoundActor`
    DefsNotFoundActor(::std::boxed::Box<crate::app::bsky::graph::defs::NotFoundActor>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for OutputRelationshipsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.graph.defs#relationship" => {
                ::lexgen::typed::member(map, path).map(Self::DefsRelationship)
            }
            "app.bsky.graph.defs#notFoundActor" => {
                ::lexgen::typed::member(map, path).map(Self::DefsNotFoundActor)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsRelationship(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.graph.defs#relationship")
            }
            Self::DefsNotFoundActor(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.graph.defs#notFoundActor")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for OutputRelationshipsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsRelationship(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsNotFoundActor(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actor: ::std::option::Option<::lexgen::model::Did>,
    pub relationships: ::std::vec::Vec<OutputRelationshipsItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actor: optional "actor",
        relationships: required "relationships",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    ActorNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::ActorNotFound => "ActorNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "ActorNotFound" => ::std::option::Option::Some(Self::ActorNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.graph.getRelationships` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRelationships;
impl ::lexgen::xrpc::Endpoint for GetRelationships {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputRelationshipsItem, Output);
