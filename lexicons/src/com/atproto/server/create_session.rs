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
        props.optional("allowTakendown", &mut slots.0);
        props.optional("authFactorToken", &mut slots.1);
        props.required("identifier", &mut slots.2);
        props.required("password", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(allow_takendown),
                ::std::option::Option::Some(auth_factor_token),
                ::std::option::Option::Some(identifier),
                ::std::option::Option::Some(password),
            ) => {
                ::std::result::Result::Ok(Self {
                    allow_takendown,
                    auth_factor_token,
                    identifier,
                    password,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "allowTakendown", &self.allow_takendown);
        ::lexgen::typed::put_optional(
            &mut map,
            "authFactorToken",
            &self.auth_factor_token,
        );
        ::lexgen::typed::put(&mut map, "identifier", &self.identifier);
        ::lexgen::typed::put(&mut map, "password", &self.password);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::AsText for OutputStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("accessJwt", &mut slots.0);
        props.optional("active", &mut slots.1);
        props.required("did", &mut slots.2);
        props.optional("didDoc", &mut slots.3);
        props.optional("email", &mut slots.4);
        props.optional("emailAuthFactor", &mut slots.5);
        props.optional("emailConfirmed", &mut slots.6);
        props.required("handle", &mut slots.7);
        props.required("refreshJwt", &mut slots.8);
        props.optional("status", &mut slots.9);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(access_jwt),
                ::std::option::Option::Some(active),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(did_doc),
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(email_auth_factor),
                ::std::option::Option::Some(email_confirmed),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(refresh_jwt),
                ::std::option::Option::Some(status),
            ) => {
                ::std::result::Result::Ok(Self {
                    access_jwt,
                    active,
                    did,
                    did_doc,
                    email,
                    email_auth_factor,
                    email_confirmed,
                    handle,
                    refresh_jwt,
                    status,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "accessJwt", &self.access_jwt);
        ::lexgen::typed::put_optional(&mut map, "active", &self.active);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "didDoc", &self.did_doc);
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::typed::put_optional(
            &mut map,
            "emailAuthFactor",
            &self.email_auth_factor,
        );
        ::lexgen::typed::put_optional(&mut map, "emailConfirmed", &self.email_confirmed);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put(&mut map, "refreshJwt", &self.refresh_jwt);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
