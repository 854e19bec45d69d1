// @generated from lexicons/app/bsky/unspecced/getAgeAssuranceState.json by cargo xtask codegen
//! `app.bsky.unspecced.getAgeAssuranceState`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getAgeAssuranceState";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
pub type Output = crate::app::bsky::unspecced::defs::AgeAssuranceState;
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getAgeAssuranceState` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetAgeAssuranceState;
impl ::lexgen::xrpc::Endpoint for GetAgeAssuranceState {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
