// @generated from lexicons/com/atproto/server/createAccount.json by cargo xtask codegen
//! `com.atproto.server.createAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::std::option::Option<::lexgen::model::Did>,
    pub email: ::std::option::Option<::std::string::String>,
    pub handle: ::lexgen::model::Handle,
    pub invite_code: ::std::option::Option<::std::string::String>,
    pub password: ::std::option::Option<::std::string::String>,
    pub plc_op: ::std::option::Option<::lexgen::model::Map>,
    pub recovery_key: ::std::option::Option<::std::string::String>,
    pub verification_code: ::std::option::Option<::std::string::String>,
    pub verification_phone: ::std::option::Option<::std::string::String>,
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("did", &mut slots.0);
        props.optional("email", &mut slots.1);
        props.required("handle", &mut slots.2);
        props.optional("inviteCode", &mut slots.3);
        props.optional("password", &mut slots.4);
        props.optional("plcOp", &mut slots.5);
        props.optional("recoveryKey", &mut slots.6);
        props.optional("verificationCode", &mut slots.7);
        props.optional("verificationPhone", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(invite_code),
                ::std::option::Option::Some(password),
                ::std::option::Option::Some(plc_op),
                ::std::option::Option::Some(recovery_key),
                ::std::option::Option::Some(verification_code),
                ::std::option::Option::Some(verification_phone),
            ) => {
                ::std::result::Result::Ok(Self {
                    did,
                    email,
                    handle,
                    invite_code,
                    password,
                    plc_op,
                    recovery_key,
                    verification_code,
                    verification_phone,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put_optional(&mut map, "inviteCode", &self.invite_code);
        ::lexgen::typed::put_optional(&mut map, "password", &self.password);
        ::lexgen::typed::put_optional(&mut map, "plcOp", &self.plc_op);
        ::lexgen::typed::put_optional(&mut map, "recoveryKey", &self.recovery_key);
        ::lexgen::typed::put_optional(
            &mut map,
            "verificationCode",
            &self.verification_code,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "verificationPhone",
            &self.verification_phone,
        );
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
#[derive(Clone, PartialEq)]
pub struct Output {
    pub access_jwt: ::std::string::String,
    pub did: ::lexgen::model::Did,
    pub did_doc: ::std::option::Option<::lexgen::model::Map>,
    pub handle: ::lexgen::model::Handle,
    pub refresh_jwt: ::std::string::String,
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
        ));
        props.required("accessJwt", &mut slots.0);
        props.required("did", &mut slots.1);
        props.optional("didDoc", &mut slots.2);
        props.required("handle", &mut slots.3);
        props.required("refreshJwt", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(access_jwt),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(did_doc),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(refresh_jwt),
            ) => {
                ::std::result::Result::Ok(Self {
                    access_jwt,
                    did,
                    did_doc,
                    handle,
                    refresh_jwt,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "accessJwt", &self.access_jwt);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "didDoc", &self.did_doc);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put(&mut map, "refreshJwt", &self.refresh_jwt);
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
    InvalidHandle,
    InvalidPassword,
    InvalidInviteCode,
    HandleNotAvailable,
    UnsupportedDomain,
    UnresolvableDid,
    IncompatibleDidDoc,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidHandle => "InvalidHandle",
            Self::InvalidPassword => "InvalidPassword",
            Self::InvalidInviteCode => "InvalidInviteCode",
            Self::HandleNotAvailable => "HandleNotAvailable",
            Self::UnsupportedDomain => "UnsupportedDomain",
            Self::UnresolvableDid => "UnresolvableDid",
            Self::IncompatibleDidDoc => "IncompatibleDidDoc",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidHandle" => ::std::option::Option::Some(Self::InvalidHandle),
            "InvalidPassword" => ::std::option::Option::Some(Self::InvalidPassword),
            "InvalidInviteCode" => ::std::option::Option::Some(Self::InvalidInviteCode),
            "HandleNotAvailable" => ::std::option::Option::Some(Self::HandleNotAvailable),
            "UnsupportedDomain" => ::std::option::Option::Some(Self::UnsupportedDomain),
            "UnresolvableDid" => ::std::option::Option::Some(Self::UnresolvableDid),
            "IncompatibleDidDoc" => ::std::option::Option::Some(Self::IncompatibleDidDoc),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.createAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateAccount;
impl ::lexgen::xrpc::Endpoint for CreateAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
