// @generated from lexicons/app/bsky/unspecced/getTrends.json by cargo xtask codegen
//! `app.bsky.unspecced.getTrends`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getTrends";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub limit: i64,
}
::lexgen::params! {
    Params {
        limit: default "limit" = "10" integer { minimum: 1, maximum: 25 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub rec_id_str: ::std::option::Option<::std::string::String>,
    pub trends: ::std::vec::Vec<crate::app::bsky::unspecced::defs::TrendView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        rec_id_str: optional "recIdStr",
        trends: required "trends",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getTrends` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetTrends;
impl ::lexgen::xrpc::Endpoint for GetTrends {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
