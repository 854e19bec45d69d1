// @generated from lexicons/app/bsky/graph/listitem.json by cargo xtask codegen
//! `app.bsky.graph.listitem`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.listitem";
#[derive(Clone, PartialEq)]
pub struct Listitem {
    pub created_at: ::lexgen::model::Datetime,
    pub list: ::lexgen::model::AtUri,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Listitem = "app.bsky.graph.listitem", extra {
        created_at: required "createdAt",
        list: required "list",
        subject: required "subject",
    }
}
::lexgen::via_typed!(Listitem);
