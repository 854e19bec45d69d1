// @generated from lexicons/com/atproto/label/queryLabels.json by cargo xtask codegen
//! `com.atproto.label.queryLabels`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.label.queryLabels";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub sources: ::std::vec::Vec<::lexgen::model::Did>,
    pub uri_patterns: ::std::vec::Vec<::std::string::String>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 250 },
        sources: repeated "sources",
        uri_patterns: required_repeated "uriPatterns",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub labels: ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        labels: required "labels",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.label.queryLabels` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueryLabels;
impl ::lexgen::xrpc::Endpoint for QueryLabels {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
