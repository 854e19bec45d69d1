// @generated from lexicons/com/atproto/identity/signPlcOperation.json by cargo xtask codegen
//! `com.atproto.identity.signPlcOperation`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.signPlcOperation";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub also_known_as: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub rotation_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub services: ::std::option::Option<::lexgen::model::Map>,
    pub token: ::std::option::Option<::std::string::String>,
    pub verification_methods: ::std::option::Option<::lexgen::model::Map>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        also_known_as: optional "alsoKnownAs",
        rotation_keys: optional "rotationKeys",
        services: optional "services",
        token: optional "token",
        verification_methods: optional "verificationMethods",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub operation: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        operation: required "operation",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.identity.signPlcOperation` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignPlcOperation;
impl ::lexgen::xrpc::Endpoint for SignPlcOperation {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
