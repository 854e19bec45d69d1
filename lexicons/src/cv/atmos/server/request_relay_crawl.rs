// @generated from lexicons/cv/atmos/server/requestRelayCrawl.json by cargo xtask codegen
//! Asks every configured relay to crawl this server now, whatever the interval between requests, and answers once each has answered or timed out. Administrator only.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.server.requestRelayCrawl";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Every configured relay after its request, in configuration order.
    pub relays: ::std::vec::Vec<crate::cv::atmos::server::get_federation_status::Relay>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        relays: required "relays",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `cv.atmos.server.requestRelayCrawl` endpoint.
///
/// Asks every configured relay to crawl this server now, whatever the interval between requests, and answers once each has answered or timed out. Administrator only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestRelayCrawl;
impl ::lexgen::xrpc::Endpoint for RequestRelayCrawl {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
