// @generated from lexicons/com/atproto/server/listAppPasswords.json by cargo xtask codegen
//! `com.atproto.server.listAppPasswords`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.listAppPasswords";
#[derive(Clone, PartialEq)]
pub struct AppPassword {
    pub created_at: ::lexgen::model::Datetime,
    pub name: ::std::string::String,
    pub privileged: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AppPassword, extra {
        created_at: required "createdAt",
        name: required "name",
        privileged: optional "privileged",
    }
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub passwords: ::std::vec::Vec<AppPassword>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        passwords: required "passwords",
    }
}
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
/// The `com.atproto.server.listAppPasswords` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListAppPasswords;
impl ::lexgen::xrpc::Endpoint for ListAppPasswords {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(AppPassword, Output);
