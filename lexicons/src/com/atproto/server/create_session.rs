// @generated from lexicons/com/atproto/server/createSession.json by cargo xtask codegen
//! `com.atproto.server.createSession`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createSession";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub allow_takendown: ::std::option::Option<bool>,
    pub auth_factor_token: ::std::option::Option<::std::string::String>,
    pub identifier: ::std::string::String,
    pub password: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        allow_takendown: optional "allowTakendown",
        auth_factor_token: optional "authFactorToken",
        identifier: required "identifier",
        password: required "password",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputStatus {
    /// `takendown`
    Takendown,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Takendown => "takendown",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for OutputStatus {
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
                "takendown" => Self::Takendown,
                "suspended" => Self::Suspended,
                "deactivated" => Self::Deactivated,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(OutputStatus);
impl ::lexgen::xrpc::Param for OutputStatus {}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub access_jwt: ::std::string::String,
    pub active: ::std::option::Option<bool>,
    pub did: ::lexgen::model::Did,
    pub did_doc: ::std::option::Option<::lexgen::model::Map>,
    pub email: ::std::option::Option<::std::string::String>,
    pub email_auth_factor: ::std::option::Option<bool>,
    pub email_confirmed: ::std::option::Option<bool>,
    pub handle: ::lexgen::model::Handle,
    pub refresh_jwt: ::std::string::String,
    pub status: ::std::option::Option<OutputStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        access_jwt: required "accessJwt",
        active: optional "active",
        did: required "did",
        did_doc: optional "didDoc",
        email: optional "email",
        email_auth_factor: optional "emailAuthFactor",
        email_confirmed: optional "emailConfirmed",
        handle: required "handle",
        refresh_jwt: required "refreshJwt",
        status: optional "status",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    AccountTakedown,
    AuthFactorTokenRequired,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::AccountTakedown => "AccountTakedown",
            Self::AuthFactorTokenRequired => "AuthFactorTokenRequired",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "AccountTakedown" => ::std::option::Option::Some(Self::AccountTakedown),
            "AuthFactorTokenRequired" => {
                ::std::option::Option::Some(Self::AuthFactorTokenRequired)
            }
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.createSession` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateSession;
impl ::lexgen::xrpc::Endpoint for CreateSession {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, OutputStatus, Output);
