// @generated from lexicons/com/atproto/label/queryLabels.json by cargo xtask codegen
//! `com.atproto.label.queryLabels`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.label.queryLabels";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub sources: ::std::vec::Vec<::lexgen::model::Did>,
    pub uri_patterns: ::std::vec::Vec<::std::string::String>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50",
        sources: repeated "sources",
        uri_patterns: required_repeated "uriPatterns",
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
                ::std::option::Option::Some(250i64),
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
    pub labels: ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        labels: required "labels",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.labels;
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.label.queryLabels` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueryLabels;
impl ::lexgen::xrpc::Endpoint for QueryLabels {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
