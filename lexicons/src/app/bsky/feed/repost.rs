// @generated from lexicons/app/bsky/feed/repost.json by cargo xtask codegen
//! `app.bsky.feed.repost`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.repost";
#[derive(Clone, PartialEq)]
pub struct Repost {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: crate::com::atproto::repo::strong_ref::StrongRef,
    pub via: ::std::option::Option<crate::com::atproto::repo::strong_ref::StrongRef>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Repost = "app.bsky.feed.repost", extra {
        created_at: required "createdAt",
        subject: required "subject",
        via: optional "via",
    }
}
::lexgen::via_typed!(Repost);
