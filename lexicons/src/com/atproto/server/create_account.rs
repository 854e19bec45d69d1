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
::lexgen::object! {
    Input, extra {
        did: optional "did",
        email: optional "email",
        handle: required "handle",
        invite_code: optional "inviteCode",
        password: optional "password",
        plc_op: optional "plcOp",
        recovery_key: optional "recoveryKey",
        verification_code: optional "verificationCode",
        verification_phone: optional "verificationPhone",
    }
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
::lexgen::object! {
    Output, extra {
        access_jwt: required "accessJwt",
        did: required "did",
        did_doc: optional "didDoc",
        handle: required "handle",
        refresh_jwt: required "refreshJwt",
    }
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
