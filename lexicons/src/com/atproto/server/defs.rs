// @generated from lexicons/com/atproto/server/defs.json by cargo xtask codegen
//! `com.atproto.server.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.defs";
#[derive(Clone, PartialEq)]
pub struct InviteCode {
    pub available: i64,
    pub code: ::std::string::String,
    pub created_at: ::lexgen::model::Datetime,
    pub created_by: ::std::string::String,
    pub disabled: bool,
    pub for_account: ::std::string::String,
    pub uses: ::std::vec::Vec<InviteCodeUse>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    InviteCode, extra {
        available: required "available",
        code: required "code",
        created_at: required "createdAt",
        created_by: required "createdBy",
        disabled: required "disabled",
        for_account: required "forAccount",
        uses: required "uses",
    }
}
impl ::lexgen::typed::Validate for InviteCode {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.uses;
            {
                let p0 = path.key("uses");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct InviteCodeUse {
    pub used_at: ::lexgen::model::Datetime,
    pub used_by: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    InviteCodeUse, extra {
        used_at: required "usedAt",
        used_by: required "usedBy",
    }
}
impl ::lexgen::typed::Validate for InviteCodeUse {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(InviteCode, InviteCodeUse);
