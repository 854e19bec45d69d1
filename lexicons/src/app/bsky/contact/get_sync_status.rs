// @generated from lexicons/app/bsky/contact/getSyncStatus.json by cargo xtask codegen
//! `app.bsky.contact.getSyncStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.getSyncStatus";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub sync_status: ::std::option::Option<crate::app::bsky::contact::defs::SyncStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        sync_status: optional "syncStatus",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidDid,
    InternalError,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidDid => "InvalidDid",
            Self::InternalError => "InternalError",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidDid" => ::std::option::Option::Some(Self::InvalidDid),
            "InternalError" => ::std::option::Option::Some(Self::InternalError),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.contact.getSyncStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSyncStatus;
impl ::lexgen::xrpc::Endpoint for GetSyncStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
