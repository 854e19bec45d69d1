// @generated from lexicons/app/bsky/unspecced/searchPostsSkeleton.json by cargo xtask codegen
//! `app.bsky.unspecced.searchPostsSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.searchPostsSkeleton";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsSort {
    /// `top`
    Top,
    /// `latest`
    Latest,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Top => "top",
            Self::Latest => "latest",
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
                "top" => Self::Top,
                "latest" => Self::Latest,
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
    pub author: ::std::option::Option<::lexgen::model::AtIdentifier>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub domain: ::std::option::Option<::std::string::String>,
    pub lang: ::std::option::Option<::lexgen::model::Language>,
    pub limit: i64,
    pub mentions: ::std::option::Option<::lexgen::model::AtIdentifier>,
    pub q: ::std::string::String,
    pub since: ::std::option::Option<::std::string::String>,
    pub sort: ParamsSort,
    pub tag: ::std::vec::Vec<::std::string::String>,
    pub until: ::std::option::Option<::std::string::String>,
    pub url: ::std::option::Option<::lexgen::model::Uri>,
    pub viewer: ::std::option::Option<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        author: optional "author",
        cursor: optional "cursor",
        domain: optional "domain",
        lang: optional "lang",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 100 },
        mentions: optional "mentions",
        q: required "q",
        since: optional "since",
        sort: default "sort" = "latest",
        tag: repeated "tag" array {} of string { max_length: 640, max_graphemes: 64 },
        until: optional "until",
        url: optional "url",
        viewer: optional "viewer",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub hits_total: ::std::option::Option<i64>,
    pub posts: ::std::vec::Vec<crate::app::bsky::unspecced::defs::SkeletonSearchPost>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        hits_total: optional "hitsTotal",
        posts: required "posts",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BadQueryString,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BadQueryString => "BadQueryString",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BadQueryString" => ::std::option::Option::Some(Self::BadQueryString),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.unspecced.searchPostsSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchPostsSkeleton;
impl ::lexgen::xrpc::Endpoint for SearchPostsSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ParamsSort, Output);
