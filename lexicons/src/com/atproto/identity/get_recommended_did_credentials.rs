// @generated from lexicons/com/atproto/identity/getRecommendedDidCredentials.json by cargo xtask codegen
//! `com.atproto.identity.getRecommendedDidCredentials`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.getRecommendedDidCredentials";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub also_known_as: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub rotation_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub services: ::std::option::Option<::lexgen::model::Map>,
    pub verification_methods: ::std::option::Option<::lexgen::model::Map>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        also_known_as: optional "alsoKnownAs",
        rotation_keys: optional "rotationKeys",
        services: optional "services",
        verification_methods: optional "verificationMethods",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.identity.getRecommendedDidCredentials` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRecommendedDidCredentials;
impl ::lexgen::xrpc::Endpoint for GetRecommendedDidCredentials {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
