// @generated from lexicons/com/atproto/repo/deleteRecord.json by cargo xtask codegen
//! `com.atproto.repo.deleteRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.deleteRecord";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub collection: ::lexgen::model::Nsid,
    pub repo: ::lexgen::model::AtIdentifier,
    pub rkey: ::lexgen::model::RecordKey,
    pub swap_commit: ::std::option::Option<::lexgen::model::CidString>,
    pub swap_record: ::std::option::Option<::lexgen::model::CidString>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        collection: required "collection",
        repo: required "repo",
        rkey: required "rkey",
        swap_commit: optional "swapCommit" string { cid: true },
        swap_record: optional "swapRecord" string { cid: true },
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub commit: ::std::option::Option<crate::com::atproto::repo::defs::CommitMeta>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        commit: optional "commit",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidSwap,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidSwap => "InvalidSwap",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidSwap" => ::std::option::Option::Some(Self::InvalidSwap),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.repo.deleteRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteRecord;
impl ::lexgen::xrpc::Endpoint for DeleteRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
