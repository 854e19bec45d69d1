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
        seq: required "seq" integer { minimum: 0 },
        subscribers: required "subscribers",
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
        failures: required "failures" integer { minimum: 0 },
        last_accepted_at: optional "lastAcceptedAt",
        last_answer: optional "lastAnswer" string { max_length: 1000 },
        last_request_at: optional "lastRequestAt",
        last_status: optional "lastStatus" integer { minimum: 0 },
        next_request_at: optional "nextRequestAt",
        url: required "url",
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
        behind: required "behind" integer { minimum: 0 },
        connected_at: required "connectedAt",
        cursor: optional "cursor",
        forwarded_for: optional "forwardedFor" string { max_length: 1000 },
        id: required "id" integer { minimum: 0 },
        last_seq: required "lastSeq" integer { minimum: 0 },
        remote_addr: optional "remoteAddr" string { max_length: 100 },
    }
}
::lexgen::via_typed!(Output, Relay, Subscriber);
