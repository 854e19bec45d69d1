// @generated from lexicons/app/bsky/feed/like.json by cargo xtask codegen
//! `app.bsky.feed.like`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.like";
#[derive(Clone, PartialEq)]
pub struct Like {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: crate::com::atproto::repo::strong_ref::StrongRef,
    pub via: ::std::option::Option<crate::com::atproto::repo::strong_ref::StrongRef>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Like = "app.bsky.feed.like", extra {
        created_at: required "createdAt",
        subject: required "subject",
        via: optional "via",
    }
}
::lexgen::via_typed!(Like);
