// @generated from lexicons/app/bsky/feed/getActorLikes.json by cargo xtask codegen
//! `app.bsky.feed.getActorLikes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getActorLikes";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub feed: ::std::vec::Vec<crate::app::bsky::feed::defs::FeedViewPost>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        feed: required "feed",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BlockedActor,
    BlockedByActor,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BlockedActor => "BlockedActor",
            Self::BlockedByActor => "BlockedByActor",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BlockedActor" => ::std::option::Option::Some(Self::BlockedActor),
            "BlockedByActor" => ::std::option::Option::Some(Self::BlockedByActor),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.feed.getActorLikes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetActorLikes;
impl ::lexgen::xrpc::Endpoint for GetActorLikes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
