// @generated from lexicons/app/bsky/labeler/getServices.json by cargo xtask codegen
//! `app.bsky.labeler.getServices`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.labeler.getServices";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub detailed: bool,
    pub dids: ::std::vec::Vec<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        detailed: default "detailed" = "false",
        dids: required_repeated "dids",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub enum OutputViewsItem {
    /// `app.bsky.labeler.defs#labelerView`
    DefsLabelerView(::std::boxed::Box<crate::app::bsky::labeler::defs::LabelerView>),
    /// `app.bsky.labeler.defs#labelerViewDetailed`
    DefsLabelerViewDetailed(
        ::std::boxed::Box<crate::app::bsky::labeler::defs::LabelerViewDetailed>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for OutputViewsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.labeler.defs#labelerView" => {
                ::lexgen::typed::member(map, path).map(Self::DefsLabelerView)
            }
            "app.bsky.labeler.defs#labelerViewDetailed" => {
                ::lexgen::typed::member(map, path).map(Self::DefsLabelerViewDetailed)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsLabelerView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.labeler.defs#labelerView")
            }
            Self::DefsLabelerViewDetailed(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.labeler.defs#labelerViewDetailed",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for OutputViewsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsLabelerView(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsLabelerViewDetailed(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub views: ::std::vec::Vec<OutputViewsItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        views: required "views",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.labeler.getServices` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetServices;
impl ::lexgen::xrpc::Endpoint for GetServices {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputViewsItem, Output);
