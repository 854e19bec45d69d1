// @generated from lexicons/app/bsky/embed/getEmbedExternalView.json by cargo xtask codegen
//! `app.bsky.embed.getEmbedExternalView`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.getEmbedExternalView";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub uris: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub url: ::lexgen::model::Uri,
}
::lexgen::params! {
    Params {
        uris: required_repeated "uris" array { max_length: 4 },
        url: required "url",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub associated_records: ::std::option::Option<::std::vec::Vec<::lexgen::model::Map>>,
    pub associated_refs: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::repo::strong_ref::StrongRef>,
    >,
    pub view: ::std::option::Option<crate::app::bsky::embed::external::View>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        associated_records: optional "associatedRecords",
        associated_refs: optional "associatedRefs",
        view: optional "view",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.embed.getEmbedExternalView` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetEmbedExternalView;
impl ::lexgen::xrpc::Endpoint for GetEmbedExternalView {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
