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
::lexgen::via_typed!(InviteCode, InviteCodeUse);
