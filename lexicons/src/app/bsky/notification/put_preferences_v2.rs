// @generated from lexicons/app/bsky/notification/putPreferencesV2.json by cargo xtask codegen
//! `app.bsky.notification.putPreferencesV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.putPreferencesV2";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub chat: ::std::option::Option<
        crate::app::bsky::notification::defs::ChatPreference,
    >,
    pub follow: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub like: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub like_via_repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub mention: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub quote: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub reply: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub repost_via_repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub starterpack_joined: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub subscribed_post: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub unverified: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub verified: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        chat: optional "chat",
        follow: optional "follow",
        like: optional "like",
        like_via_repost: optional "likeViaRepost",
        mention: optional "mention",
        quote: optional "quote",
        reply: optional "reply",
        repost: optional "repost",
        repost_via_repost: optional "repostViaRepost",
        starterpack_joined: optional "starterpackJoined",
        subscribed_post: optional "subscribedPost",
        unverified: optional "unverified",
        verified: optional "verified",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub preferences: crate::app::bsky::notification::defs::Preferences,
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
/// The `app.bsky.notification.putPreferencesV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PutPreferencesV2;
impl ::lexgen::xrpc::Endpoint for PutPreferencesV2 {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
