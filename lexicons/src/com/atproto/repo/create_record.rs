// @generated from lexicons/com/atproto/repo/createRecord.json by cargo xtask codegen
//! `com.atproto.repo.createRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.createRecord";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub collection: ::lexgen::model::Nsid,
    pub record: ::lexgen::model::Map,
    pub repo: ::lexgen::model::AtIdentifier,
    pub rkey: ::std::option::Option<::lexgen::model::RecordKey>,
    pub swap_commit: ::std::option::Option<::lexgen::model::CidString>,
    pub validate: ::std::option::Option<bool>,
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
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("collection", &mut slots.0);
        props.required("record", &mut slots.1);
        props.required("repo", &mut slots.2);
        props.optional("rkey", &mut slots.3);
        props.optional("swapCommit", &mut slots.4);
        props.optional("validate", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(collection),
                ::std::option::Option::Some(record),
                ::std::option::Option::Some(repo),
                ::std::option::Option::Some(rkey),
                ::std::option::Option::Some(swap_commit),
                ::std::option::Option::Some(validate),
            ) => {
                ::std::result::Result::Ok(Self {
                    collection,
                    record,
                    repo,
                    rkey,
                    swap_commit,
                    validate,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "collection", &self.collection);
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::typed::put(&mut map, "repo", &self.repo);
        ::lexgen::typed::put_optional(&mut map, "rkey", &self.rkey);
        ::lexgen::typed::put_optional(&mut map, "swapCommit", &self.swap_commit);
        ::lexgen::typed::put_optional(&mut map, "validate", &self.validate);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.rkey {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(512u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("rkey"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.swap_commit {
            ::lexgen::typed::check::cid(v, path.key("swapCommit"), out);
        }
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
impl ::lexgen::typed::AsText for OutputValidationStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
        ));
        props.required("cid", &mut slots.0);
        props.optional("commit", &mut slots.1);
        props.required("uri", &mut slots.2);
        props.optional("validationStatus", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(commit),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(validation_status),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    commit,
                    uri,
                    validation_status,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "commit", &self.commit);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(
            &mut map,
            "validationStatus",
            &self.validation_status,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        if let ::std::option::Option::Some(v) = &self.commit {
            ::lexgen::typed::Validate::validate_at(v, path.key("commit"), out);
        }
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
/// The `com.atproto.repo.createRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateRecord;
impl ::lexgen::xrpc::Endpoint for CreateRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, OutputValidationStatus, Output);
