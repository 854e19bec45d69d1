// @generated from lexicons/com/atproto/repo/getRecord.json by cargo xtask codegen
//! `com.atproto.repo.getRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.getRecord";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub collection: ::lexgen::model::Nsid,
    pub repo: ::lexgen::model::AtIdentifier,
    pub rkey: ::lexgen::model::RecordKey,
}
::lexgen::params! {
    Params {
        cid: optional "cid" string { cid: true },
        collection: required "collection",
        repo: required "repo",
        rkey: required "rkey",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub uri: ::lexgen::model::AtUri,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: optional "cid" string { cid: true },
        uri: required "uri",
        value: required "value",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RecordNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RecordNotFound => "RecordNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RecordNotFound" => ::std::option::Option::Some(Self::RecordNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.repo.getRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRecord;
impl ::lexgen::xrpc::Endpoint for GetRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
