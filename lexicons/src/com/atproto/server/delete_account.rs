// @generated from lexicons/com/atproto/server/deleteAccount.json by cargo xtask codegen
//! `com.atproto.server.deleteAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.deleteAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::lexgen::model::Did,
    pub password: ::std::string::String,
    pub token: ::std::string::String,
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
        ));
        props.required("did", &mut slots.0);
        props.required("password", &mut slots.1);
        props.required("token", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(password),
                ::std::option::Option::Some(token),
            ) => {
                ::std::result::Result::Ok(Self {
                    did,
                    password,
                    token,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put(&mut map, "password", &self.password);
        ::lexgen::typed::put(&mut map, "token", &self.token);
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
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    ExpiredToken,
    InvalidToken,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::ExpiredToken => "ExpiredToken",
            Self::InvalidToken => "InvalidToken",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.deleteAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteAccount;
impl ::lexgen::xrpc::Endpoint for DeleteAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
