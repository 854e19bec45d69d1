// @generated from lexicons/app/bsky/actor/getProfile.json by cargo xtask codegen
//! `app.bsky.actor.getProfile`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.getProfile";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
}
::lexgen::params! {
    Params {
        actor: required "actor",
    }
}
/// No request body.
pub type Input = ();
pub type Output = crate::app::bsky::actor::defs::ProfileViewDetailed;
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.getProfile` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetProfile;
impl ::lexgen::xrpc::Endpoint for GetProfile {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
