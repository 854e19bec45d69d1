// @generated from lexicons/com/atproto/temp/checkHandleAvailability.json by cargo xtask codegen
//! `com.atproto.temp.checkHandleAvailability`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.checkHandleAvailability";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub birth_date: ::std::option::Option<::lexgen::model::Datetime>,
    pub email: ::std::option::Option<::std::string::String>,
    pub handle: ::lexgen::model::Handle,
}
::lexgen::params! {
    Params {
        birth_date: optional "birthDate",
        email: optional "email",
        handle: required "handle",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub enum OutputResult {
    /// `com.atproto.temp.checkHandleAvailability#resultAvailable`
    ResultAvailable(::std::boxed::Box<ResultAvailable>),
    /// `com.atproto.temp.checkHandleAvailability#resultUnavailable`
    ResultUnavailable(::std::boxed::Box<ResultUnavailable>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for OutputResult {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.temp.checkHandleAvailability#resultAvailable" => {
                ::lexgen::typed::member(map, path).map(Self::ResultAvailable)
            }
            "com.atproto.temp.checkHandleAvailability#resultUnavailable" => {
                ::lexgen::typed::member(map, path).map(Self::ResultUnavailable)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ResultAvailable(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.temp.checkHandleAvailability#resultAvailable",
                )
            }
            Self::ResultUnavailable(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.temp.checkHandleAvailability#resultUnavailable",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for OutputResult {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ResultAvailable(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ResultUnavailable(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub handle: ::lexgen::model::Handle,
    pub result: OutputResult,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        handle: required "handle",
        result: required "result",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidEmail,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidEmail => "InvalidEmail",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidEmail" => ::std::option::Option::Some(Self::InvalidEmail),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.temp.checkHandleAvailability` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckHandleAvailability;
impl ::lexgen::xrpc::Endpoint for CheckHandleAvailability {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct ResultAvailable {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ResultAvailable, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct ResultUnavailable {
    pub suggestions: ::std::vec::Vec<Suggestion>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ResultUnavailable, extra {
        suggestions: required "suggestions",
    }
}
#[derive(Clone, PartialEq)]
pub struct Suggestion {
    pub handle: ::lexgen::model::Handle,
    pub method: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Suggestion, extra {
        handle: required "handle",
        method: required "method",
    }
}
::lexgen::via_typed!(
    OutputResult, Output, ResultAvailable, ResultUnavailable, Suggestion
);
