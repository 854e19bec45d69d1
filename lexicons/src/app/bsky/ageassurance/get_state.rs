// @generated from lexicons/app/bsky/ageassurance/getState.json by cargo xtask codegen
//! `app.bsky.ageassurance.getState`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.getState";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub country_code: ::std::string::String,
    pub region_code: ::std::option::Option<::std::string::String>,
}
impl ::lexgen::xrpc::Params for Params {
    fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut query = ::lexgen::xrpc::Pairs::new(pairs);
        let ::std::option::Option::Some(country_code) = query.required("countryCode")
        else {
            return ::std::result::Result::Err(query.error());
        };
        let ::std::option::Option::Some(region_code) = query.optional("regionCode") else {
            return ::std::result::Result::Err(query.error());
        };
        ::std::result::Result::Ok(Self { country_code, region_code })
    }
    #[allow(clippy::vec_init_then_push)]
    fn to_pairs(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut out = ::std::vec::Vec::new();
        out.push(("countryCode", ::lexgen::xrpc::Param::to_param(&self.country_code)));
        if let ::std::option::Option::Some(v) = &self.region_code {
            out.push(("regionCode", ::lexgen::xrpc::Param::to_param(v)));
        }
        out
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub metadata: crate::app::bsky::ageassurance::defs::StateMetadata,
    pub state: crate::app::bsky::ageassurance::defs::State,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        metadata: required "metadata",
        state: required "state",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.metadata;
            ::lexgen::typed::Validate::validate_at(v, path.key("metadata"), out);
        }
        {
            let v = &self.state;
            ::lexgen::typed::Validate::validate_at(v, path.key("state"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.ageassurance.getState` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetState;
impl ::lexgen::xrpc::Endpoint for GetState {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
