// @generated from lexicons/com/atproto/sync/listReposByCollection.json by cargo xtask codegen
//! `com.atproto.sync.listReposByCollection`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listReposByCollection";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub collection: ::lexgen::model::Nsid,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        collection: required "collection",
        cursor: optional "cursor",
        limit: default "limit" = "500",
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
                ::std::option::Option::Some(2000i64),
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
    pub repos: ::std::vec::Vec<Repo>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        repos: required "repos",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.repos;
            {
                let p0 = path.key("repos");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.listReposByCollection` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListReposByCollection;
impl ::lexgen::xrpc::Endpoint for ListReposByCollection {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct Repo {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Repo, extra {
        did: required "did",
    }
}
impl ::lexgen::typed::Validate for Repo {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(Output, Repo);
