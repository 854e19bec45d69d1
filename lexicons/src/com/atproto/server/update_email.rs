// @generated from lexicons/com/atproto/server/updateEmail.json by cargo xtask codegen
//! `com.atproto.server.updateEmail`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.updateEmail";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub email: ::std::string::String,
    pub email_auth_factor: ::std::option::Option<bool>,
    pub token: ::std::option::Option<::std::string::String>,
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
        props.required("email", &mut slots.0);
        props.optional("emailAuthFactor", &mut slots.1);
        props.optional("token", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(email_auth_factor),
                ::std::option::Option::Some(token),
            ) => {
                ::std::result::Result::Ok(Self {
                    email,
                    email_auth_factor,
                    token,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "email", &self.email);
        ::lexgen::typed::put_optional(
            &mut map,
            "emailAuthFactor",
            &self.email_auth_factor,
        );
        ::lexgen::typed::put_optional(&mut map, "token", &self.token);
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
    TokenRequired,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::ExpiredToken => "ExpiredToken",
            Self::InvalidToken => "InvalidToken",
            Self::TokenRequired => "TokenRequired",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            "TokenRequired" => ::std::option::Option::Some(Self::TokenRequired),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.updateEmail` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateEmail;
impl ::lexgen::xrpc::Endpoint for UpdateEmail {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
