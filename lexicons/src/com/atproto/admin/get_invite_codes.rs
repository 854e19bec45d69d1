// @generated from lexicons/com/atproto/admin/getInviteCodes.json by cargo xtask codegen
//! `com.atproto.admin.getInviteCodes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.getInviteCodes";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsSort {
    /// `recent`
    Recent,
    /// `usage`
    Usage,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recent => "recent",
            Self::Usage => "usage",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsSort {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "recent" => Self::Recent,
                "usage" => Self::Usage,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ParamsSort);
impl ::lexgen::xrpc::Param for ParamsSort {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub sort: ParamsSort,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "100" integer { minimum: 1, maximum: 500 },
        sort: default "sort" = "recent",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub codes: ::std::vec::Vec<crate::com::atproto::server::defs::InviteCode>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        codes: required "codes",
        cursor: optional "cursor",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.getInviteCodes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetInviteCodes;
impl ::lexgen::xrpc::Endpoint for GetInviteCodes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ParamsSort, Output);
