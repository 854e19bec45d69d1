// @generated from lexicons/app/bsky/embed/defs.json by cargo xtask codegen
//! `app.bsky.embed.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.defs";
#[derive(Clone, PartialEq)]
pub struct AspectRatio {
    pub height: i64,
    pub width: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AspectRatio, extra {
        height: required "height" integer { minimum: 1 },
        width: required "width" integer { minimum: 1 },
    }
}
::lexgen::via_typed!(AspectRatio);
