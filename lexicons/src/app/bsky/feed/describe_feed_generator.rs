// @generated from lexicons/app/bsky/feed/describeFeedGenerator.json by cargo xtask codegen
//! `app.bsky.feed.describeFeedGenerator`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.describeFeedGenerator";
#[derive(Clone, PartialEq)]
pub struct Feed {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Feed, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct Links {
    pub privacy_policy: ::std::option::Option<::std::string::String>,
    pub terms_of_service: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Links, extra {
        privacy_policy: optional "privacyPolicy",
        terms_of_service: optional "termsOfService",
    }
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub did: ::lexgen::model::Did,
    pub feeds: ::std::vec::Vec<Feed>,
    pub links: ::std::option::Option<Links>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        did: required "did",
        feeds: required "feeds",
        links: optional "links",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.describeFeedGenerator` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DescribeFeedGenerator;
impl ::lexgen::xrpc::Endpoint for DescribeFeedGenerator {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Feed, Links, Output);
