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
        contacts: required "contacts",
        token: required "token",
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.contacts;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::Some(1u64),
                    ::std::option::Option::Some(1000u64),
                    path.key("contacts"),
                    out,
                );
            }
        }
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
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.matches_and_contact_indexes;
            {
                let p0 = path.key("matchesAndContactIndexes");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
