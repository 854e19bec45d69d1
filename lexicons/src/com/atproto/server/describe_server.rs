// @generated from lexicons/com/atproto/server/describeServer.json by cargo xtask codegen
//! `com.atproto.server.describeServer`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.describeServer";
#[derive(Clone, PartialEq)]
pub struct Contact {
    pub email: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Contact, extra {
        email: optional "email",
    }
}
#[derive(Clone, PartialEq)]
pub struct Links {
    pub privacy_policy: ::std::option::Option<::lexgen::model::Uri>,
    pub terms_of_service: ::std::option::Option<::lexgen::model::Uri>,
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
    pub available_user_domains: ::std::vec::Vec<::std::string::String>,
    pub blob_upload_limit: ::std::option::Option<i64>,
    pub contact: ::std::option::Option<Contact>,
    pub did: ::lexgen::model::Did,
    pub invite_code_required: ::std::option::Option<bool>,
    pub links: ::std::option::Option<Links>,
    pub phone_verification_required: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        available_user_domains: required "availableUserDomains",
        blob_upload_limit: optional "blobUploadLimit",
        contact: optional "contact",
        did: required "did",
        invite_code_required: optional "inviteCodeRequired",
        links: optional "links",
        phone_verification_required: optional "phoneVerificationRequired",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.describeServer` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DescribeServer;
impl ::lexgen::xrpc::Endpoint for DescribeServer {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Contact, Links, Output);
