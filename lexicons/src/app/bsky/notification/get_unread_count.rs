// @generated from lexicons/app/bsky/notification/getUnreadCount.json by cargo xtask codegen
//! `app.bsky.notification.getUnreadCount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.getUnreadCount";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub priority: ::std::option::Option<bool>,
    pub seen_at: ::std::option::Option<::lexgen::model::Datetime>,
}
::lexgen::params! {
    Params {
        priority: optional "priority",
        seen_at: optional "seenAt",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        count: required "count",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.getUnreadCount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetUnreadCount;
impl ::lexgen::xrpc::Endpoint for GetUnreadCount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
