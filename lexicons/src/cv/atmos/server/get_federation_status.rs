// @generated from lexicons/cv/atmos/server/getFederationStatus.json by cargo xtask codegen
//! How this server federates: the relays asked to crawl it and how they answered, the live firehose subscribers and how far behind each is, and the head of the event log. Administrator only.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.server.getFederationStatus";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Every configured relay, in configuration order.
    pub relays: ::std::vec::Vec<Relay>,
    /// The sequence number of the newest event in the log (0 when none).
    pub seq: i64,
    /// Every open subscribeRepos connection, oldest first.
    pub subscribers: ::std::vec::Vec<Subscriber>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        relays: required "relays",
        seq: required "seq",
        subscribers: required "subscribers",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.relays;
            {
                let p0 = path.key("relays");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        {
            let v = &self.seq;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("seq"),
                out,
            );
        }
        {
            let v = &self.subscribers;
            {
                let p0 = path.key("subscribers");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `cv.atmos.server.getFederationStatus` endpoint.
///
/// How this server federates: the relays asked to crawl it and how they answered, the live firehose subscribers and how far behind each is, and the head of the event log. Administrator only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetFederationStatus;
impl ::lexgen::xrpc::Endpoint for GetFederationStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
/// A relay this server asks to crawl it, and its last answer.
#[derive(Clone, PartialEq)]
pub struct Relay {
    /// Failed requests since the last accepted one.
    pub failures: i64,
    /// When the relay last accepted a crawl request.
    pub last_accepted_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// The last request's outcome: the relay's status and error, or why no answer came.
    pub last_answer: ::std::option::Option<::std::string::String>,
    /// When the last crawl request was sent.
    pub last_request_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// The HTTP status of the last answer; absent when no answer came.
    pub last_status: ::std::option::Option<i64>,
    /// When the next request is due (a retry, or new events waiting out the interval).
    pub next_request_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// The relay's base URL.
    pub url: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Relay, extra {
        failures: required "failures",
        last_accepted_at: optional "lastAcceptedAt",
        last_answer: optional "lastAnswer",
        last_request_at: optional "lastRequestAt",
        last_status: optional "lastStatus",
        next_request_at: optional "nextRequestAt",
        url: required "url",
    }
}
impl ::lexgen::typed::Validate for Relay {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.failures;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("failures"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.last_answer {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("lastAnswer"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.last_status {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("lastStatus"),
                out,
            );
        }
    }
}
/// An open firehose connection.
#[derive(Clone, PartialEq)]
pub struct Subscriber {
    /// Events in the log after the last one sent to this subscriber.
    pub behind: i64,
    /// When the connection opened.
    pub connected_at: ::lexgen::model::Datetime,
    /// The cursor the subscriber asked to start after; absent: it started live.
    pub cursor: ::std::option::Option<i64>,
    /// The X-Forwarded-For header of the request, when a proxy sent one.
    pub forwarded_for: ::std::option::Option<::std::string::String>,
    /// The connection's number, unique while the server runs.
    pub id: i64,
    /// The sequence number of the last event sent (or skipped past) to this subscriber.
    pub last_seq: i64,
    /// The address the connection came from, when the server knows it.
    pub remote_addr: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Subscriber, extra {
        behind: required "behind",
        connected_at: required "connectedAt",
        cursor: optional "cursor",
        forwarded_for: optional "forwardedFor",
        id: required "id",
        last_seq: required "lastSeq",
        remote_addr: optional "remoteAddr",
    }
}
impl ::lexgen::typed::Validate for Subscriber {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.behind;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("behind"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.forwarded_for {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("forwardedFor"),
                out,
            );
        }
        {
            let v = &self.id;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("id"),
                out,
            );
        }
        {
            let v = &self.last_seq;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("lastSeq"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.remote_addr {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("remoteAddr"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(Output, Relay, Subscriber);
