// @generated from lexicons/app/bsky/notification/putActivitySubscription.json by cargo xtask codegen
//! `app.bsky.notification.putActivitySubscription`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.putActivitySubscription";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub activity_subscription: crate::app::bsky::notification::defs::ActivitySubscription,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        activity_subscription: required "activitySubscription",
        subject: required "subject",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub activity_subscription: ::std::option::Option<
        crate::app::bsky::notification::defs::ActivitySubscription,
    >,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        activity_subscription: optional "activitySubscription",
        subject: required "subject",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.putActivitySubscription` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PutActivitySubscription;
impl ::lexgen::xrpc::Endpoint for PutActivitySubscription {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
