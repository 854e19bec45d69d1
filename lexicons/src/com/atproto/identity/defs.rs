// @generated from lexicons/com/atproto/identity/defs.json by cargo xtask codegen
//! `com.atproto.identity.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.defs";
#[derive(Clone, PartialEq)]
pub struct IdentityInfo {
    pub did: ::lexgen::model::Did,
    pub did_doc: ::lexgen::model::Map,
    pub handle: ::lexgen::model::Handle,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    IdentityInfo, extra {
        did: required "did",
        did_doc: required "didDoc",
        handle: required "handle",
    }
}
::lexgen::via_typed!(IdentityInfo);
