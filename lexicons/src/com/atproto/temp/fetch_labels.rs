// @generated from lexicons/com/atproto/temp/fetchLabels.json by cargo xtask codegen
//! `com.atproto.temp.fetchLabels`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.fetchLabels";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub limit: i64,
    pub since: ::std::option::Option<i64>,
}
::lexgen::params! {
    Params {
        limit: default "limit" = "50" integer { minimum: 1, maximum: 250 },
        since: optional "since",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub labels: ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        labels: required "labels",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.temp.fetchLabels` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FetchLabels;
impl ::lexgen::xrpc::Endpoint for FetchLabels {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
