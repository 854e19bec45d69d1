// @generated from lexicons/app/bsky/unspecced/getPostThreadV2.json by cargo xtask codegen
//! `app.bsky.unspecced.getPostThreadV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getPostThreadV2";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsSort {
    /// `newest`
    Newest,
    /// `oldest`
    Oldest,
    /// `top`
    Top,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
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
                "newest" => Self::Newest,
                "oldest" => Self::Oldest,
                "top" => Self::Top,
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
    pub above: bool,
    pub anchor: ::lexgen::model::AtUri,
    pub below: i64,
    pub branching_factor: i64,
    pub sort: ParamsSort,
}
::lexgen::params! {
    Params {
        above: default "above" = "true",
        anchor: required "anchor",
        below: default "below" = "6" integer { minimum: 0, maximum: 20 },
        branching_factor: default "branchingFactor" = "10" integer { minimum: 0, maximum: 100 },
        sort: default "sort" = "oldest",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub has_other_replies: bool,
    pub thread: ::std::vec::Vec<ThreadItem>,
    pub threadgate: ::std::option::Option<crate::app::bsky::feed::defs::ThreadgateView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        has_other_replies: required "hasOtherReplies",
        thread: required "thread",
        threadgate: optional "threadgate",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getPostThreadV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetPostThreadV2;
impl ::lexgen::xrpc::Endpoint for GetPostThreadV2 {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub enum ThreadItemValue {
    /// `app.bsky.unspecced.defs#threadItemPost`
    DefsThreadItemPost(
        ::std::boxed::Box<crate::app::bsky::unspecced::defs::ThreadItemPost>,
    ),
    /// `app.bsky.unspecced.defs#threadItemNoUnauthenticated`
    DefsThreadItemNoUnauthenticated(
        ::std::boxed::Box<crate::app::bsky::unspecced::defs::ThreadItemNoUnauthenticated>,
    ),
    /// `app.bsky.unspecced.defs#threadItemNotFound`
    DefsThreadItemNotFound(
        ::std::boxed::Box<crate::app::bsky::unspecced::defs::ThreadItemNotFound>,
    ),
    /// `app.bsky.unspecced.defs#threadItemBlocked`
    DefsThreadItemBlocked(
        ::std::boxed::Box<crate::app::bsky::unspecced::defs::ThreadItemBlocked>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ThreadItemValue {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.unspecced.defs#threadItemPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsThreadItemPost)
            }
            "app.bsky.unspecced.defs#threadItemNoUnauthenticated" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::DefsThreadItemNoUnauthenticated)
            }
            "app.bsky.unspecced.defs#threadItemNotFound" => {
                ::lexgen::typed::member(map, path).map(Self::DefsThreadItemNotFound)
            }
            "app.bsky.unspecced.defs#threadItemBlocked" => {
                ::lexgen::typed::member(map, path).map(Self::DefsThreadItemBlocked)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsThreadItemPost(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.unspecced.defs#threadItemPost",
                )
            }
            Self::DefsThreadItemNoUnauthenticated(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.unspecced.defs#threadItemNoUnauthenticated",
                )
            }
            Self::DefsThreadItemNotFound(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.unspecced.defs#threadItemNotFound",
                )
            }
            Self::DefsThreadItemBlocked(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.unspecced.defs#threadItemBlocked",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ThreadItemValue {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsThreadItemPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsThreadItemNoUnauthenticated(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsThreadItemNotFound(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsThreadItemBlocked(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItem {
    pub depth: i64,
    pub uri: ::lexgen::model::AtUri,
    pub value: ThreadItemValue,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadItem, extra {
        depth: required "depth",
        uri: required "uri",
        value: required "value",
    }
}
::lexgen::via_typed!(ParamsSort, Output, ThreadItemValue, ThreadItem);
