// @generated from lexicons/com/atproto/sync/listHosts.json by cargo xtask codegen
//! `com.atproto.sync.listHosts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listHosts";
#[derive(Clone, PartialEq)]
pub struct Host {
    pub account_count: ::std::option::Option<i64>,
    pub hostname: ::std::string::String,
    pub seq: ::std::option::Option<i64>,
    pub status: ::std::option::Option<crate::com::atproto::sync::defs::HostStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Host, extra {
        account_count: optional "accountCount",
        hostname: required "hostname",
        seq: optional "seq",
        status: optional "status",
    }
}
impl ::lexgen::typed::Validate for Host {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "200",
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
    pub cursor: ::std::option::Option<::std::string::String>,
    pub hosts: ::std::vec::Vec<Host>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        hosts: required "hosts",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.hosts;
            {
                let p0 = path.key("hosts");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.listHosts` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListHosts;
impl ::lexgen::xrpc::Endpoint for ListHosts {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Host, Output);
