// @generated from lexicons/com/atproto/temp/checkSignupQueue.json by cargo xtask codegen
//! `com.atproto.temp.checkSignupQueue`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.checkSignupQueue";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub activated: bool,
    pub estimated_time_ms: ::std::option::Option<i64>,
    pub place_in_queue: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        activated: required "activated",
        estimated_time_ms: optional "estimatedTimeMs",
        place_in_queue: optional "placeInQueue",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.temp.checkSignupQueue` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckSignupQueue;
impl ::lexgen::xrpc::Endpoint for CheckSignupQueue {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
