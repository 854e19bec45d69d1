// @generated from lexicons/app/bsky/graph/getList.json by cargo xtask codegen
//! `app.bsky.graph.getList`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getList";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub list: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        list: required "list",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub items: ::std::vec::Vec<crate::app::bsky::graph::defs::ListItemView>,
    pub list: crate::app::bsky::graph::defs::ListView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        items: required "items",
        list: required "list",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getList` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetList;
impl ::lexgen::xrpc::Endpoint for GetList {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
