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
impl ::lexgen::typed::Typed for Host {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("accountCount", &mut slots.0);
        props.required("hostname", &mut slots.1);
        props.optional("seq", &mut slots.2);
        props.optional("status", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(account_count),
                ::std::option::Option::Some(hostname),
                ::std::option::Option::Some(seq),
                ::std::option::Option::Some(status),
            ) => {
                ::std::result::Result::Ok(Self {
                    account_count,
                    hostname,
                    seq,
                    status,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "accountCount", &self.account_count);
        ::lexgen::typed::put(&mut map, "hostname", &self.hostname);
        ::lexgen::typed::put_optional(&mut map, "seq", &self.seq);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::xrpc::Params for Params {
    fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut query = ::lexgen::xrpc::Pairs::new(pairs);
        let ::std::option::Option::Some(cursor) = query.optional("cursor") else {
            return ::std::result::Result::Err(query.error());
        };
        let ::std::option::Option::Some(limit) = query.with_default("limit", "200") else {
            return ::std::result::Result::Err(query.error());
        };
        ::std::result::Result::Ok(Self { cursor, limit })
    }
    #[allow(clippy::vec_init_then_push)]
    fn to_pairs(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut out = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(v) = &self.cursor {
            out.push(("cursor", ::lexgen::xrpc::Param::to_param(v)));
        }
        out.push(("limit", ::lexgen::xrpc::Param::to_param(&self.limit)));
        out
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
impl ::lexgen::typed::Typed for Output {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("cursor", &mut slots.0);
        props.required("hosts", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(cursor), ::std::option::Option::Some(hosts)) => {
                ::std::result::Result::Ok(Self { cursor, hosts, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "cursor", &self.cursor);
        ::lexgen::typed::put(&mut map, "hosts", &self.hosts);
        ::lexgen::model::Value::Map(map)
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
