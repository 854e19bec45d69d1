// @generated from lexicons/com/atproto/moderation/createReport.json by cargo xtask codegen
//! `com.atproto.moderation.createReport`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.moderation.createReport";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub enum InputSubject {
    /// `com.atproto.admin.defs#repoRef`
    DefsRepoRef(::std::boxed::Box<crate::com::atproto::admin::defs::RepoRef>),
    /// `com.atproto.repo.strongRef`
    StrongRef(::std::boxed::Box<crate::com::atproto::repo::strong_ref::StrongRef>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for InputSubject {
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
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for InputSubject {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsRepoRef(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::StrongRef(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Input {
    pub mod_tool: ::std::option::Option<ModTool>,
    pub reason: ::std::option::Option<::std::string::String>,
    pub reason_type: crate::com::atproto::moderation::defs::ReasonType,
    pub subject: InputSubject,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        mod_tool: optional "modTool",
        reason: optional "reason" string { max_length: 20000, max_graphemes: 2000 },
        reason_type: required "reasonType",
        subject: required "subject",
    }
}
#[derive(Clone, PartialEq)]
pub enum OutputSubject {
    /// `com.atproto.admin.defs#repoRef`
    DefsRepoRef(::std::boxed::Box<crate::com::atproto::admin::defs::RepoRef>),
    /// `com.atproto.repo.strongRef`
    StrongRef(::std::boxed::Box<crate::com::atproto::repo::strong_ref::StrongRef>),
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
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub created_at: ::lexgen::model::Datetime,
    pub id: i64,
    pub reason: ::std::option::Option<::std::string::String>,
    pub reason_type: crate::com::atproto::moderation::defs::ReasonType,
    pub reported_by: ::lexgen::model::Did,
    pub subject: OutputSubject,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        created_at: required "createdAt",
        id: required "id",
        reason: optional "reason" string { max_length: 20000, max_graphemes: 2000 },
        reason_type: required "reasonType",
        reported_by: required "reportedBy",
        subject: required "subject",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.moderation.createReport` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateReport;
impl ::lexgen::xrpc::Endpoint for CreateReport {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct ModTool {
    pub meta: ::std::option::Option<::lexgen::model::Map>,
    pub name: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ModTool, extra {
        meta: optional "meta",
        name: required "name",
    }
}
::lexgen::via_typed!(InputSubject, Input, OutputSubject, Output, ModTool);
