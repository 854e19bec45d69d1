// @generated from lexicons/com/atproto/server/getAccountInviteCodes.json by cargo xtask codegen
//! `com.atproto.server.getAccountInviteCodes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.getAccountInviteCodes";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub create_available: bool,
    pub include_used: bool,
}
::lexgen::params! {
    Params {
        create_available: default "createAvailable" = "true",
        include_used: default "includeUsed" = "true",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub codes: ::std::vec::Vec<crate::com::atproto::server::defs::InviteCode>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        codes: required "codes",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    DuplicateCreate,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::DuplicateCreate => "DuplicateCreate",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "DuplicateCreate" => ::std::option::Option::Some(Self::DuplicateCreate),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.getAccountInviteCodes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetAccountInviteCodes;
impl ::lexgen::xrpc::Endpoint for GetAccountInviteCodes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
