// @generated from lexicons/app/bsky/notification/updateSeen.json by cargo xtask codegen
//! `app.bsky.notification.updateSeen`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.updateSeen";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub seen_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        seen_at: required "seenAt",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.updateSeen` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateSeen;
impl ::lexgen::xrpc::Endpoint for UpdateSeen {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
