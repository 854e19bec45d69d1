// @generated from lexicons/app/bsky/feed/getPostThread.json by cargo xtask codegen
//! `app.bsky.feed.getPostThread`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getPostThread";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub depth: i64,
    pub parent_height: i64,
    pub uri: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        depth: default "depth" = "6" integer { minimum: 0, maximum: 1000 },
        parent_height: default "parentHeight" = "80" integer { minimum: 0, maximum: 1000 },
        uri: required "uri",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub enum OutputThread {
    /// `app.bsky.feed.defs#threadViewPost`
    DefsThreadViewPost(::std::boxed::Box<crate::app::bsky::feed::defs::ThreadViewPost>),
    /// `app.bsky.feed.defs#notFoundPost`
    DefsNotFoundPost(::std::boxed::Box<crate::app::bsky::feed::defs::NotFoundPost>),
    /// `app.bsky.feed.defs#blockedPost`
    DefsBlockedPost(::std::boxed::Box<crate::app::bsky::feed::defs::BlockedPost>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for OutputThread {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#threadViewPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsThreadViewPost)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsNotFoundPost)
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsBlockedPost)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsThreadViewPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#threadViewPost")
            }
            Self::DefsNotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::DefsBlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for OutputThread {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsThreadViewPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsNotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsBlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub thread: OutputThread,
    pub threadgate: ::std::option::Option<crate::app::bsky::feed::defs::ThreadgateView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        thread: required "thread",
        threadgate: optional "threadgate",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    NotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::NotFound => "NotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "NotFound" => ::std::option::Option::Some(Self::NotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.feed.getPostThread` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetPostThread;
impl ::lexgen::xrpc::Endpoint for GetPostThread {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputThread, Output);
