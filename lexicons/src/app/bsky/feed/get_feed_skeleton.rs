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
        limit: default "limit" = "50",
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.limit;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::Some(100i64),
                path.key("limit"),
                out,
            );
        }
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
        req_id: optional "reqId",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.feed;
            {
                let p0 = path.key("feed");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.req_id {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("reqId"),
                out,
            );
        }
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
