// @generated from lexicons/app/bsky/graph/listblock.json by cargo xtask codegen
//! `app.bsky.graph.listblock`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.listblock";
#[derive(Clone, PartialEq)]
pub struct Listblock {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Listblock = "app.bsky.graph.listblock", extra {
        created_at: required "createdAt",
        subject: required "subject",
    }
}
::lexgen::via_typed!(Listblock);
