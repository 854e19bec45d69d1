// @generated from lexicons/com/atproto/repo/strongRef.json by cargo xtask codegen
//! `com.atproto.repo.strongRef`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.strongRef";
#[derive(Clone, PartialEq)]
pub struct StrongRef {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    StrongRef, extra {
        cid: required "cid" string { cid: true },
        uri: required "uri",
    }
}
::lexgen::via_typed!(StrongRef);
