// @generated from lexicons/app/bsky/graph/searchStarterPacksV2.json by cargo xtask codegen
//! `app.bsky.graph.searchStarterPacksV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.searchStarterPacksV2";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub q: ::std::string::String,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "25",
        q: required "q",
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
                ::std::option::Option::Some(100i64),
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
    pub cursor: ::std::option::Option<::std::string::String>,
    pub hits_total: ::std::option::Option<i64>,
    pub starter_packs: ::std::vec::Vec<crate::app::bsky::graph::defs::StarterPackView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        hits_total: optional "hitsTotal",
        starter_packs: required "starterPacks",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.starter_packs;
            {
                let p0 = path.key("starterPacks");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.searchStarterPacksV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchStarterPacksV2;
impl ::lexgen::xrpc::Endpoint for SearchStarterPacksV2 {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
