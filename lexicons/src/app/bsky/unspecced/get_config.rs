// @generated from lexicons/app/bsky/unspecced/getConfig.json by cargo xtask codegen
//! `app.bsky.unspecced.getConfig`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getConfig";
#[derive(Clone, PartialEq)]
pub struct LiveNowConfig {
    pub did: ::lexgen::model::Did,
    pub domains: ::std::vec::Vec<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    LiveNowConfig, extra {
        did: required "did",
        domains: required "domains",
    }
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub check_email_confirmed: ::std::option::Option<bool>,
    pub live_now: ::std::option::Option<::std::vec::Vec<LiveNowConfig>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        check_email_confirmed: optional "checkEmailConfirmed",
        live_now: optional "liveNow",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getConfig` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetConfig;
impl ::lexgen::xrpc::Endpoint for GetConfig {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(LiveNowConfig, Output);
