// @generated from lexicons/com/atproto/repo/listRecords.json by cargo xtask codegen
//! `com.atproto.repo.listRecords`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.listRecords";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub collection: ::lexgen::model::Nsid,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub repo: ::lexgen::model::AtIdentifier,
    pub reverse: ::std::option::Option<bool>,
}
::lexgen::params! {
    Params {
        collection: required "collection",
        cursor: optional "cursor",
        limit: default "limit" = "50",
        repo: required "repo",
        reverse: optional "reverse",
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
    pub records: ::std::vec::Vec<Record>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        records: required "records",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.records;
            {
                let p0 = path.key("records");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.listRecords` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListRecords;
impl ::lexgen::xrpc::Endpoint for ListRecords {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct Record {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Record, extra {
        cid: required "cid",
        uri: required "uri",
        value: required "value",
    }
}
impl ::lexgen::typed::Validate for Record {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
    }
}
::lexgen::via_typed!(Output, Record);
