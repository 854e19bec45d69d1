// @generated from lexicons/app/bsky/graph/follow.json by cargo xtask codegen
//! `app.bsky.graph.follow`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.follow";
#[derive(Clone, PartialEq)]
pub struct Follow {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: ::lexgen::model::Did,
    pub via: ::std::option::Option<crate::com::atproto::repo::strong_ref::StrongRef>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Follow = "app.bsky.graph.follow", extra {
        created_at: required "createdAt",
        subject: required "subject",
        via: optional "via",
    }
}
::lexgen::via_typed!(Follow);
