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
        cid: required "cid",
        uri: required "uri",
    }
}
impl ::lexgen::typed::Validate for StrongRef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
    }
}
::lexgen::via_typed!(StrongRef);
