// @generated from lexicons/com/atproto/repo/applyWrites.json by cargo xtask codegen
//! `com.atproto.repo.applyWrites`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.applyWrites";
#[derive(Clone, PartialEq)]
pub struct Create {
    pub collection: ::lexgen::model::Nsid,
    pub rkey: ::std::option::Option<::lexgen::model::RecordKey>,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Create, extra {
        collection: required "collection",
        rkey: optional "rkey" string { max_length: 512 },
        value: required "value",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum CreateResultValidationStatus {
    /// `valid`
    Valid,
    /// `unknown`
    Unknown,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl CreateResultValidationStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "valid",
            Self::Unknown => "unknown",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for CreateResultValidationStatus {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "valid" => Self::Valid,
                "unknown" => Self::Unknown,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(CreateResultValidationStatus);
impl ::lexgen::xrpc::Param for CreateResultValidationStatus {}
#[derive(Clone, PartialEq)]
pub struct CreateResult {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    pub validation_status: ::std::option::Option<CreateResultValidationStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    CreateResult, extra {
        cid: required "cid" string { cid: true },
        uri: required "uri",
        validation_status: optional "validationStatus",
    }
}
#[derive(Clone, PartialEq)]
pub struct Delete {
    pub collection: ::lexgen::model::Nsid,
    pub rkey: ::lexgen::model::RecordKey,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Delete, extra {
        collection: required "collection",
        rkey: required "rkey",
    }
}
#[derive(Clone, PartialEq)]
pub struct DeleteResult {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DeleteResult, extra {
    }
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub enum InputWritesItem {
    /// `com.atproto.repo.applyWrites#create`
    Create(::std::boxed::Box<Create>),
    /// `com.atproto.repo.applyWrites#update`
    Update(::std::boxed::Box<Update>),
    /// `com.atproto.repo.applyWrites#delete`
    Delete(::std::boxed::Box<Delete>),
}
impl ::lexgen::typed::Typed for InputWritesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.repo.applyWrites#create" => {
                ::lexgen::typed::member(map, path).map(Self::Create)
            }
            "com.atproto.repo.applyWrites#update" => {
                ::lexgen::typed::member(map, path).map(Self::Update)
            }
            "com.atproto.repo.applyWrites#delete" => {
                ::lexgen::typed::member(map, path).map(Self::Delete)
            }
            other => {
                ::std::result::Result::Err(
                    ::lexgen::typed::not_in_set(path.key("$type"), "union member", other),
                )
            }
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Create(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#create",
                )
            }
            Self::Update(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#update",
                )
            }
            Self::Delete(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#delete",
                )
            }
        }
    }
}
impl ::lexgen::typed::Validate for InputWritesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Create(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Update(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Delete(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Input {
    pub repo: ::lexgen::model::AtIdentifier,
    pub swap_commit: ::std::option::Option<::lexgen::model::CidString>,
    pub validate: ::std::option::Option<bool>,
    pub writes: ::std::vec::Vec<InputWritesItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        repo: required "repo",
        swap_commit: optional "swapCommit" string { cid: true },
        validate: optional "validate",
        writes: required "writes",
    }
}
#[derive(Clone, PartialEq)]
pub enum OutputResultsItem {
    /// `com.atproto.repo.applyWrites#createResult`
    CreateResult(::std::boxed::Box<CreateResult>),
    /// `com.atproto.repo.applyWrites#updateResult`
    UpdateResult(::std::boxed::Box<UpdateResult>),
    /// `com.atproto.repo.applyWrites#deleteResult`
    DeleteResult(::std::boxed::Box<DeleteResult>),
}
impl ::lexgen::typed::Typed for OutputResultsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.repo.applyWrites#createResult" => {
                ::lexgen::typed::member(map, path).map(Self::CreateResult)
            }
            "com.atproto.repo.applyWrites#updateResult" => {
                ::lexgen::typed::member(map, path).map(Self::UpdateResult)
            }
            "com.atproto.repo.applyWrites#deleteResult" => {
                ::lexgen::typed::member(map, path).map(Self::DeleteResult)
            }
            other => {
                ::std::result::Result::Err(
                    ::lexgen::typed::not_in_set(path.key("$type"), "union member", other),
                )
            }
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::CreateResult(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#createResult",
                )
            }
            Self::UpdateResult(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#updateResult",
                )
            }
            Self::DeleteResult(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.repo.applyWrites#deleteResult",
                )
            }
        }
    }
}
impl ::lexgen::typed::Validate for OutputResultsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::CreateResult(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::UpdateResult(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DeleteResult(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub commit: ::std::option::Option<crate::com::atproto::repo::defs::CommitMeta>,
    pub results: ::std::option::Option<::std::vec::Vec<OutputResultsItem>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        commit: optional "commit",
        results: optional "results",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidSwap,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidSwap => "InvalidSwap",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidSwap" => ::std::option::Option::Some(Self::InvalidSwap),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.repo.applyWrites` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ApplyWrites;
impl ::lexgen::xrpc::Endpoint for ApplyWrites {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct Update {
    pub collection: ::lexgen::model::Nsid,
    pub rkey: ::lexgen::model::RecordKey,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Update, extra {
        collection: required "collection",
        rkey: required "rkey",
        value: required "value",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum UpdateResultValidationStatus {
    /// `valid`
    Valid,
    /// `unknown`
    Unknown,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl UpdateResultValidationStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "valid",
            Self::Unknown => "unknown",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for UpdateResultValidationStatus {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "valid" => Self::Valid,
                "unknown" => Self::Unknown,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(UpdateResultValidationStatus);
impl ::lexgen::xrpc::Param for UpdateResultValidationStatus {}
#[derive(Clone, PartialEq)]
pub struct UpdateResult {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    pub validation_status: ::std::option::Option<UpdateResultValidationStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    UpdateResult, extra {
        cid: required "cid" string { cid: true },
        uri: required "uri",
        validation_status: optional "validationStatus",
    }
}
::lexgen::via_typed!(
    Create, CreateResultValidationStatus, CreateResult, Delete, DeleteResult,
    InputWritesItem, Input, OutputResultsItem, Output, Update,
    UpdateResultValidationStatus, UpdateResult
);
