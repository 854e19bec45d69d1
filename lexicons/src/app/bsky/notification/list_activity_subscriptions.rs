// @generated from lexicons/app/bsky/notification/listActivitySubscriptions.json by cargo xtask codegen
//! `app.bsky.notification.listActivitySubscriptions`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.listActivitySubscriptions";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub subscriptions: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        subscriptions: required "subscriptions",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.listActivitySubscriptions` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListActivitySubscriptions;
impl ::lexgen::xrpc::Endpoint for ListActivitySubscriptions {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
