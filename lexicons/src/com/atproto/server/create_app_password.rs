// @generated from lexicons/com/atproto/server/createAppPassword.json by cargo xtask codegen
//! `com.atproto.server.createAppPassword`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createAppPassword";
#[derive(Clone, PartialEq)]
pub struct AppPassword {
    pub created_at: ::lexgen::model::Datetime,
    pub name: ::std::string::String,
    pub password: ::std::string::String,
    pub privileged: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for AppPassword {
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
        props.required("createdAt", &mut slots.0);
        props.required("name", &mut slots.1);
        props.required("password", &mut slots.2);
        props.optional("privileged", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(name),
                ::std::option::Option::Some(password),
                ::std::option::Option::Some(privileged),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    name,
                    password,
                    privileged,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::typed::put(&mut map, "password", &self.password);
        ::lexgen::typed::put_optional(&mut map, "privileged", &self.privileged);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AppPassword {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub name: ::std::string::String,
    pub privileged: ::std::option::Option<bool>,
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
        ));
        props.required("name", &mut slots.0);
        props.optional("privileged", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(name),
                ::std::option::Option::Some(privileged),
            ) => ::std::result::Result::Ok(Self { name, privileged, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::typed::put_optional(&mut map, "privileged", &self.privileged);
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
pub type Output = AppPassword;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    AccountTakedown,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::AccountTakedown => "AccountTakedown",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "AccountTakedown" => ::std::option::Option::Some(Self::AccountTakedown),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.createAppPassword` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateAppPassword;
impl ::lexgen::xrpc::Endpoint for CreateAppPassword {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(AppPassword, Input);
