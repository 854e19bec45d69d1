// @generated from lexicons/app/bsky/contact/defs.json by cargo xtask codegen
//! `app.bsky.contact.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.defs";
#[derive(Clone, PartialEq)]
pub struct MatchAndContactIndex {
    pub contact_index: i64,
    pub r#match: crate::app::bsky::actor::defs::ProfileView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    MatchAndContactIndex, extra {
        contact_index: required "contactIndex" integer { minimum: 0, maximum: 999 },
        r#match: required "match",
    }
}
#[derive(Clone, PartialEq)]
pub struct Notification {
    pub from: ::lexgen::model::Did,
    pub to: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Notification, extra {
        from: required "from",
        to: required "to",
    }
}
#[derive(Clone, PartialEq)]
pub struct SyncStatus {
    pub matches_count: i64,
    pub synced_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SyncStatus, extra {
        matches_count: required "matchesCount" integer { minimum: 0 },
        synced_at: required "syncedAt",
    }
}
::lexgen::via_typed!(MatchAndContactIndex, Notification, SyncStatus);
