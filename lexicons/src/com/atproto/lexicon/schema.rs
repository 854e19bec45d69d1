// @generated from lexicons/com/atproto/lexicon/schema.json by cargo xtask codegen
//! `com.atproto.lexicon.schema`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.lexicon.schema";
#[derive(Clone, PartialEq)]
pub struct Schema {
    pub lexicon: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Schema = "com.atproto.lexicon.schema", extra {
        lexicon: required "lexicon",
    }
}
::lexgen::via_typed!(Schema);
