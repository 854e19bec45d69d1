// @generated from lexicons/com/atproto/repo/importRepo.json by cargo xtask codegen
//! `com.atproto.repo.importRepo`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.importRepo";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// A `application/vnd.ipld.car` body.
pub type Input = ::lexgen::xrpc::Binary;
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.importRepo` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportRepo;
impl ::lexgen::xrpc::Endpoint for ImportRepo {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
