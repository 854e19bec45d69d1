// @generated from lexicons/com/atproto/admin/updateAccountPassword.json by cargo xtask codegen
//! `com.atproto.admin.updateAccountPassword`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.updateAccountPassword";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::lexgen::model::Did,
    pub password: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        did: required "did",
        password: required "password",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.updateAccountPassword` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateAccountPassword;
impl ::lexgen::xrpc::Endpoint for UpdateAccountPassword {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
