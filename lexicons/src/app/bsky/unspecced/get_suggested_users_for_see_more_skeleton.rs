// @generated from lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMoreSkeleton.json by cargo xtask codegen
//! `app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub category: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub viewer: ::std::option::Option<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        category: optional "category",
        limit: default "limit" = "25",
        viewer: optional "viewer",
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.limit;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::Some(50i64),
                path.key("limit"),
                out,
            );
        }
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub dids: ::std::vec::Vec<::lexgen::model::Did>,
    pub rec_id_str: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        dids: required "dids",
        rec_id_str: optional "recIdStr",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSuggestedUsersForSeeMoreSkeleton;
impl ::lexgen::xrpc::Endpoint for GetSuggestedUsersForSeeMoreSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
