// @generated from lexicons/com/atproto/admin/sendEmail.json by cargo xtask codegen
//! `com.atproto.admin.sendEmail`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.sendEmail";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub comment: ::std::option::Option<::std::string::String>,
    pub content: ::std::string::String,
    pub recipient_did: ::lexgen::model::Did,
    pub sender_did: ::lexgen::model::Did,
    pub subject: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        comment: optional "comment",
        content: required "content",
        recipient_did: required "recipientDid",
        sender_did: required "senderDid",
        subject: optional "subject",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub sent: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        sent: required "sent",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.sendEmail` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendEmail;
impl ::lexgen::xrpc::Endpoint for SendEmail {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
