// @generated from lexicons/com/atproto/repo/listMissingBlobs.json by cargo xtask codegen
//! `com.atproto.repo.listMissingBlobs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.listMissingBlobs";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
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
                ::std::option::Option::Some(1000i64),
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
    pub blobs: ::std::vec::Vec<RecordBlob>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        blobs: required "blobs",
        cursor: optional "cursor",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.blobs;
            {
                let p0 = path.key("blobs");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.listMissingBlobs` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListMissingBlobs;
impl ::lexgen::xrpc::Endpoint for ListMissingBlobs {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct RecordBlob {
    pub cid: ::lexgen::model::CidString,
    pub record_uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RecordBlob, extra {
        cid: required "cid",
        record_uri: required "recordUri",
    }
}
impl ::lexgen::typed::Validate for RecordBlob {
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
::lexgen::via_typed!(Output, RecordBlob);
