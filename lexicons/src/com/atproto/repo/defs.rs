// @generated from lexicons/com/atproto/repo/defs.json by cargo xtask codegen
//! `com.atproto.repo.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.defs";
#[derive(Clone, PartialEq)]
pub struct CommitMeta {
    pub cid: ::lexgen::model::CidString,
    pub rev: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    CommitMeta, extra {
        cid: required "cid" string { cid: true },
        rev: required "rev",
    }
}
::lexgen::via_typed!(CommitMeta);
