// @generated from lexicons/app/bsky/unspecced/getPostThreadOtherV2.json by cargo xtask codegen
//! `app.bsky.unspecced.getPostThreadOtherV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getPostThreadOtherV2";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub anchor: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        anchor: required "anchor",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub thread: ::std::vec::Vec<ThreadItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        thread: required "thread",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getPostThreadOtherV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetPostThreadOtherV2;
impl ::lexgen::xrpc::Endpoint for GetPostThreadOtherV2 {
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
::lexgen::via_typed!(Output, ThreadItemValue, ThreadItem);
