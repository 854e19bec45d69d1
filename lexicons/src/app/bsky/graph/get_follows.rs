// @generated from lexicons/app/bsky/graph/getFollows.json by cargo xtask codegen
//! `app.bsky.graph.getFollows`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getFollows";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsSort {
    /// `latest`
    Latest,
    /// `top`
    Top,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Latest => "latest",
            Self::Top => "top",
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
                "latest" => Self::Latest,
                "top" => Self::Top,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ParamsSort {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ParamsSort {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub sort: ::std::option::Option<ParamsSort>,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50",
        sort: optional "sort",
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
    pub follows: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    pub subject: crate::app::bsky::actor::defs::ProfileView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        follows: required "follows",
        subject: required "subject",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.follows;
            {
                let p0 = path.key("follows");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getFollows` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetFollows;
impl ::lexgen::xrpc::Endpoint for GetFollows {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ParamsSort, Output);
