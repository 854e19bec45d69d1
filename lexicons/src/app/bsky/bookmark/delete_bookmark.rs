// @generated from lexicons/app/bsky/bookmark/deleteBookmark.json by cargo xtask codegen
//! `app.bsky.bookmark.deleteBookmark`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.bookmark.deleteBookmark";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        uri: required "uri",
    }
}
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UnsupportedCollection,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UnsupportedCollection => "UnsupportedCollection",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UnsupportedCollection" => {
                ::std::option::Option::Some(Self::UnsupportedCollection)
            }
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.bookmark.deleteBookmark` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteBookmark;
impl ::lexgen::xrpc::Endpoint for DeleteBookmark {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
