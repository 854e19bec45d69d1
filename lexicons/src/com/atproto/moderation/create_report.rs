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
impl ::lexgen::typed::Typed for Input {
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
        ));
        props.optional("modTool", &mut slots.0);
        props.optional("reason", &mut slots.1);
        props.required("reasonType", &mut slots.2);
        props.required("subject", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(mod_tool),
                ::std::option::Option::Some(reason),
                ::std::option::Option::Some(reason_type),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    mod_tool,
                    reason,
                    reason_type,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "modTool", &self.mod_tool);
        ::lexgen::typed::put_optional(&mut map, "reason", &self.reason);
        ::lexgen::typed::put(&mut map, "reasonType", &self.reason_type);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.mod_tool {
            ::lexgen::typed::Validate::validate_at(v, path.key("modTool"), out);
        }
        if let ::std::option::Option::Some(v) = &self.reason {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(20000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(2000u64),
                },
                path.key("reason"),
                out,
            );
        }
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
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
impl ::lexgen::typed::Typed for Output {
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
        ));
        props.required("createdAt", &mut slots.0);
        props.required("id", &mut slots.1);
        props.optional("reason", &mut slots.2);
        props.required("reasonType", &mut slots.3);
        props.required("reportedBy", &mut slots.4);
        props.required("subject", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(id),
                ::std::option::Option::Some(reason),
                ::std::option::Option::Some(reason_type),
                ::std::option::Option::Some(reported_by),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    id,
                    reason,
                    reason_type,
                    reported_by,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "id", &self.id);
        ::lexgen::typed::put_optional(&mut map, "reason", &self.reason);
        ::lexgen::typed::put(&mut map, "reasonType", &self.reason_type);
        ::lexgen::typed::put(&mut map, "reportedBy", &self.reported_by);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.reason {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(20000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(2000u64),
                },
                path.key("reason"),
                out,
            );
        }
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
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
impl ::lexgen::typed::Typed for ModTool {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("meta", &mut slots.0);
        props.required("name", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(meta), ::std::option::Option::Some(name)) => {
                ::std::result::Result::Ok(Self { meta, name, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "meta", &self.meta);
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ModTool {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(InputSubject, Input, OutputSubject, Output, ModTool);
