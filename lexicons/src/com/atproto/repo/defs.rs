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
        cid: required "cid",
        rev: required "rev",
    }
}
impl ::lexgen::typed::Validate for CommitMeta {
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
::lexgen::via_typed!(CommitMeta);
