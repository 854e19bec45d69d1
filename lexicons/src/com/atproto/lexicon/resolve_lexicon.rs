// @generated from lexicons/com/atproto/lexicon/resolveLexicon.json by cargo xtask codegen
//! `com.atproto.lexicon.resolveLexicon`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.lexicon.resolveLexicon";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub nsid: ::lexgen::model::Nsid,
}
::lexgen::params! {
    Params {
        nsid: required "nsid",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cid: ::lexgen::model::CidString,
    pub schema: crate::com::atproto::lexicon::schema::Schema,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: required "cid" string { cid: true },
        schema: required "schema",
        uri: required "uri",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    LexiconNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::LexiconNotFound => "LexiconNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "LexiconNotFound" => ::std::option::Option::Some(Self::LexiconNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.lexicon.resolveLexicon` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolveLexicon;
impl ::lexgen::xrpc::Endpoint for ResolveLexicon {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
