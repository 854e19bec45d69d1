// @generated from lexicons/app/bsky/contact/sendNotification.json by cargo xtask codegen
//! `app.bsky.contact.sendNotification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.sendNotification";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub from: ::lexgen::model::Did,
    pub to: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        from: required "from",
        to: required "to",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.contact.sendNotification` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendNotification;
impl ::lexgen::xrpc::Endpoint for SendNotification {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
