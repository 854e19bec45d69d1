// @generated from lexicons/com/atproto/admin/defs.json by cargo xtask codegen
//! `com.atproto.admin.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.defs";
#[derive(Clone, PartialEq)]
pub struct AccountView {
    pub deactivated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub did: ::lexgen::model::Did,
    pub email: ::std::option::Option<::std::string::String>,
    pub email_confirmed_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub handle: ::lexgen::model::Handle,
    pub indexed_at: ::lexgen::model::Datetime,
    pub invite_note: ::std::option::Option<::std::string::String>,
    pub invited_by: ::std::option::Option<crate::com::atproto::server::defs::InviteCode>,
    pub invites: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::server::defs::InviteCode>,
    >,
    pub invites_disabled: ::std::option::Option<bool>,
    pub related_records: ::std::option::Option<::std::vec::Vec<::lexgen::model::Map>>,
    pub threat_signatures: ::std::option::Option<::std::vec::Vec<ThreatSignature>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AccountView, extra {
        deactivated_at: optional "deactivatedAt",
        did: required "did",
        email: optional "email",
        email_confirmed_at: optional "emailConfirmedAt",
        handle: required "handle",
        indexed_at: required "indexedAt",
        invite_note: optional "inviteNote",
        invited_by: optional "invitedBy",
        invites: optional "invites",
        invites_disabled: optional "invitesDisabled",
        related_records: optional "relatedRecords",
        threat_signatures: optional "threatSignatures",
    }
}
#[derive(Clone, PartialEq)]
pub struct RepoBlobRef {
    pub cid: ::lexgen::model::CidString,
    pub did: ::lexgen::model::Did,
    pub record_uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RepoBlobRef, extra {
        cid: required "cid" string { cid: true },
        did: required "did",
        record_uri: optional "recordUri",
    }
}
#[derive(Clone, PartialEq)]
pub struct RepoRef {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RepoRef, extra {
        did: required "did",
    }
}
#[derive(Clone, PartialEq)]
pub struct StatusAttr {
    pub applied: bool,
    pub r#ref: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    StatusAttr, extra {
        applied: required "applied",
        r#ref: optional "ref",
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreatSignature {
    pub property: ::std::string::String,
    pub value: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreatSignature, extra {
        property: required "property",
        value: required "value",
    }
}
::lexgen::via_typed!(AccountView, RepoBlobRef, RepoRef, StatusAttr, ThreatSignature);
