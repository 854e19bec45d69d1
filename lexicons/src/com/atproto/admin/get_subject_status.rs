// @generated from lexicons/com/atproto/admin/getSubjectStatus.json by cargo xtask codegen
//! `com.atproto.admin.getSubjectStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.getSubjectStatus";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub blob: ::std::option::Option<::lexgen::model::CidString>,
    pub did: ::std::option::Option<::lexgen::model::Did>,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
}
::lexgen::params! {
    Params {
        blob: optional "blob" string { cid: true },
        did: optional "did",
        uri: optional "uri",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub enum OutputSubject {
    /// `com.atproto.admin.defs#repoRef`
    DefsRepoRef(::std::boxed::Box<crate::com::atproto::admin::defs::RepoRef>),
    /// `com.atproto.repo.strongRef`
    StrongRef(::std::boxed::Box<crate::com::atproto::repo::strong_ref::StrongRef>),
    /// `com.atproto.admin.defs#repoBlobRef`
    DefsRepoBlobRef(::std::boxed::Box<crate::com::atproto::admin::defs::RepoBlobRef>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for OutputSubject {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.admin.defs#repoRef" => {
                ::lexgen::typed::member(map, path).map(Self::DefsRepoRef)
            }
            "com.atproto.repo.strongRef" => {
                ::lexgen::typed::member(map, path).map(Self::StrongRef)
            }
            "com.atproto.admin.defs#repoBlobRef" => {
                ::lexgen::typed::member(map, path).map(Self::DefsRepoBlobRef)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsRepoRef(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.admin.defs#repoRef")
            }
            Self::StrongRef(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.repo.strongRef")
            }
            Self::DefsRepoBlobRef(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.admin.defs#repoBlobRef")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for OutputSubject {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsRepoRef(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::StrongRef(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DefsRepoBlobRef(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub deactivated: ::std::option::Option<crate::com::atproto::admin::defs::StatusAttr>,
    pub subject: OutputSubject,
    pub takedown: ::std::option::Option<crate::com::atproto::admin::defs::StatusAttr>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        deactivated: optional "deactivated",
        subject: required "subject",
        takedown: optional "takedown",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.getSubjectStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSubjectStatus;
impl ::lexgen::xrpc::Endpoint for GetSubjectStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputSubject, Output);
