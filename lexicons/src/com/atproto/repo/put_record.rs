// @generated from lexicons/com/atproto/repo/putRecord.json by cargo xtask codegen
//! `com.atproto.repo.putRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.putRecord";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub collection: ::lexgen::model::Nsid,
    pub record: ::lexgen::model::Map,
    pub repo: ::lexgen::model::AtIdentifier,
    pub rkey: ::lexgen::model::RecordKey,
    pub swap_commit: ::std::option::Option<::lexgen::model::CidString>,
    pub swap_record: ::std::option::Option<
        ::lexgen::typed::Nullable<::lexgen::model::CidString>,
    >,
    pub validate: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        collection: required "collection",
        record: required "record",
        repo: required "repo",
        rkey: required "rkey" string { max_length: 512 },
        swap_commit: optional "swapCommit" string { cid: true },
        swap_record: optional "swapRecord" string { cid: true },
        validate: optional "validate",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputValidationStatus {
    /// `valid`
    Valid,
    /// `unknown`
    Unknown,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputValidationStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "valid",
            Self::Unknown => "unknown",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for OutputValidationStatus {
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
::lexgen::string_set!(OutputValidationStatus);
impl ::lexgen::xrpc::Param for OutputValidationStatus {}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cid: ::lexgen::model::CidString,
    pub commit: ::std::option::Option<crate::com::atproto::repo::defs::CommitMeta>,
    pub uri: ::lexgen::model::AtUri,
    pub validation_status: ::std::option::Option<OutputValidationStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: required "cid" string { cid: true },
        commit: optional "commit",
        uri: required "uri",
        validation_status: optional "validationStatus",
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
/// The `com.atproto.repo.putRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PutRecord;
impl ::lexgen::xrpc::Endpoint for PutRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, OutputValidationStatus, Output);
