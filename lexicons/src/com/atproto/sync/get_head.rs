// @generated from lexicons/com/atproto/sync/getHead.json by cargo xtask codegen
//! `com.atproto.sync.getHead`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getHead";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub root: ::lexgen::model::CidString,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        root: required "root" string { cid: true },
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    HeadNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::HeadNotFound => "HeadNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "HeadNotFound" => ::std::option::Option::Some(Self::HeadNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getHead` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetHead;
impl ::lexgen::xrpc::Endpoint for GetHead {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
