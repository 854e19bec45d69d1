// @generated from lexicons/app/bsky/contact/importContacts.json by cargo xtask codegen
//! `app.bsky.contact.importContacts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.importContacts";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub contacts: ::std::vec::Vec<::std::string::String>,
    pub token: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        contacts: required "contacts" array { min_length: 1, max_length: 1000 },
        token: required "token",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub matches_and_contact_indexes: ::std::vec::Vec<
        crate::app::bsky::contact::defs::MatchAndContactIndex,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        matches_and_contact_indexes: required "matchesAndContactIndexes",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidDid,
    InvalidContacts,
    TooManyContacts,
    InvalidToken,
    InternalError,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidDid => "InvalidDid",
            Self::InvalidContacts => "InvalidContacts",
            Self::TooManyContacts => "TooManyContacts",
            Self::InvalidToken => "InvalidToken",
            Self::InternalError => "InternalError",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidDid" => ::std::option::Option::Some(Self::InvalidDid),
            "InvalidContacts" => ::std::option::Option::Some(Self::InvalidContacts),
            "TooManyContacts" => ::std::option::Option::Some(Self::TooManyContacts),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            "InternalError" => ::std::option::Option::Some(Self::InternalError),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.contact.importContacts` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportContacts;
impl ::lexgen::xrpc::Endpoint for ImportContacts {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
