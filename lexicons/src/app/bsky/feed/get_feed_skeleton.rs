// @generated from lexicons/app/bsky/feed/getFeedSkeleton.json by cargo xtask codegen
//! `app.bsky.feed.getFeedSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getFeedSkeleton";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub feed: ::lexgen::model::AtUri,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        feed: required "feed",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub feed: ::std::vec::Vec<crate::app::bsky::feed::defs::SkeletonFeedPost>,
    pub req_id: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        feed: required "feed",
        req_id: optional "reqId" string { max_length: 100 },
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UnknownFeed,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UnknownFeed => "UnknownFeed",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UnknownFeed" => ::std::option::Option::Some(Self::UnknownFeed),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.feed.getFeedSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetFeedSkeleton;
impl ::lexgen::xrpc::Endpoint for GetFeedSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
