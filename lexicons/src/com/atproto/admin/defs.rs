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
impl ::lexgen::typed::Typed for AccountView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("deactivatedAt", &mut slots.0);
        props.required("did", &mut slots.1);
        props.optional("email", &mut slots.2);
        props.optional("emailConfirmedAt", &mut slots.3);
        props.required("handle", &mut slots.4);
        props.required("indexedAt", &mut slots.5);
        props.optional("inviteNote", &mut slots.6);
        props.optional("invitedBy", &mut slots.7);
        props.optional("invites", &mut slots.8);
        props.optional("invitesDisabled", &mut slots.9);
        props.optional("relatedRecords", &mut slots.10);
        props.optional("threatSignatures", &mut slots.11);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(deactivated_at),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(email_confirmed_at),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(invite_note),
                ::std::option::Option::Some(invited_by),
                ::std::option::Option::Some(invites),
                ::std::option::Option::Some(invites_disabled),
                ::std::option::Option::Some(related_records),
                ::std::option::Option::Some(threat_signatures),
            ) => {
                ::std::result::Result::Ok(Self {
                    deactivated_at,
                    did,
                    email,
                    email_confirmed_at,
                    handle,
                    indexed_at,
                    invite_note,
                    invited_by,
                    invites,
                    invites_disabled,
                    related_records,
                    threat_signatures,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "deactivatedAt", &self.deactivated_at);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::typed::put_optional(
            &mut map,
            "emailConfirmedAt",
            &self.email_confirmed_at,
        );
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "inviteNote", &self.invite_note);
        ::lexgen::typed::put_optional(&mut map, "invitedBy", &self.invited_by);
        ::lexgen::typed::put_optional(&mut map, "invites", &self.invites);
        ::lexgen::typed::put_optional(
            &mut map,
            "invitesDisabled",
            &self.invites_disabled,
        );
        ::lexgen::typed::put_optional(&mut map, "relatedRecords", &self.related_records);
        ::lexgen::typed::put_optional(
            &mut map,
            "threatSignatures",
            &self.threat_signatures,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AccountView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.invited_by {
            ::lexgen::typed::Validate::validate_at(v, path.key("invitedBy"), out);
        }
        if let ::std::option::Option::Some(v) = &self.invites {
            {
                let p0 = path.key("invites");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.threat_signatures {
            {
                let p0 = path.key("threatSignatures");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::Typed for RepoBlobRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("did", &mut slots.1);
        props.optional("recordUri", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(record_uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    did,
                    record_uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "recordUri", &self.record_uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for RepoBlobRef {
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
#[derive(Clone, PartialEq)]
pub struct RepoRef {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for RepoRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("did", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(did),) => {
                ::std::result::Result::Ok(Self { did, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for RepoRef {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct StatusAttr {
    pub applied: bool,
    pub r#ref: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for StatusAttr {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("applied", &mut slots.0);
        props.optional("ref", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(applied),
                ::std::option::Option::Some(r#ref),
            ) => ::std::result::Result::Ok(Self { applied, r#ref, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "applied", &self.applied);
        ::lexgen::typed::put_optional(&mut map, "ref", &self.r#ref);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StatusAttr {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct ThreatSignature {
    pub property: ::std::string::String,
    pub value: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreatSignature {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("property", &mut slots.0);
        props.required("value", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(property),
                ::std::option::Option::Some(value),
            ) => ::std::result::Result::Ok(Self { property, value, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "property", &self.property);
        ::lexgen::typed::put(&mut map, "value", &self.value);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreatSignature {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(AccountView, RepoBlobRef, RepoRef, StatusAttr, ThreatSignature);
