// @generated from lexicons/app/bsky/graph/block.json by cargo xtask codegen
//! `app.bsky.graph.block`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.block";
#[derive(Clone, PartialEq)]
pub struct Block {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Block = "app.bsky.graph.block", extra {
        created_at: required "createdAt",
        subject: required "subject",
    }
}
::lexgen::via_typed!(Block);
