// @generated from lexicons/app/bsky/actor/getPreferences.json by cargo xtask codegen
//! `app.bsky.actor.getPreferences`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.getPreferences";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub preferences: crate::app::bsky::actor::defs::Preferences,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        preferences: required "preferences",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.getPreferences` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetPreferences;
impl ::lexgen::xrpc::Endpoint for GetPreferences {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
