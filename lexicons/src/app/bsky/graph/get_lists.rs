// @generated from lexicons/app/bsky/graph/getLists.json by cargo xtask codegen
//! `app.bsky.graph.getLists`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getLists";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsPurposesItem {
    /// `modlist`
    Modlist,
    /// `curatelist`
    Curatelist,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsPurposesItem {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Modlist => "modlist",
            Self::Curatelist => "curatelist",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsPurposesItem {
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
                "modlist" => Self::Modlist,
                "curatelist" => Self::Curatelist,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ParamsPurposesItem);
impl ::lexgen::xrpc::Param for ParamsPurposesItem {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub purposes: ::std::vec::Vec<ParamsPurposesItem>,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        purposes: repeated "purposes",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub lists: ::std::vec::Vec<crate::app::bsky::graph::defs::ListView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        lists: required "lists",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getLists` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetLists;
impl ::lexgen::xrpc::Endpoint for GetLists {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ParamsPurposesItem, Output);
