// @generated from lexicons/app/bsky/unspecced/getSuggestedOnboardingUsers.json by cargo xtask codegen
//! `app.bsky.unspecced.getSuggestedOnboardingUsers`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getSuggestedOnboardingUsers";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub category: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        category: optional "category",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 50 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    pub rec_id: ::std::option::Option<::std::string::String>,
    pub rec_id_str: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actors: required "actors",
        rec_id: optional "recId",
        rec_id_str: optional "recIdStr",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getSuggestedOnboardingUsers` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSuggestedOnboardingUsers;
impl ::lexgen::xrpc::Endpoint for GetSuggestedOnboardingUsers {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
