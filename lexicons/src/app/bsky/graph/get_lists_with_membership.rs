// @generated from lexicons/app/bsky/graph/getListsWithMembership.json by cargo xtask codegen
//! `app.bsky.graph.getListsWithMembership`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getListsWithMembership";
#[derive(Clone, PartialEq)]
pub struct ListWithMembership {
    pub list: crate::app::bsky::graph::defs::ListView,
    pub list_item: ::std::option::Option<crate::app::bsky::graph::defs::ListItemView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ListWithMembership, extra {
        list: required "list",
        list_item: optional "listItem",
    }
}
impl ::lexgen::typed::Validate for ListWithMembership {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.list;
            ::lexgen::typed::Validate::validate_at(v, path.key("list"), out);
        }
        if let ::std::option::Option::Some(v) = &self.list_item {
            ::lexgen::typed::Validate::validate_at(v, path.key("listItem"), out);
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsPurposesItem {
    /// `modlist`
    Modlist,
    /// `curatelist`
    Curatelist,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsPurposesItem {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Modlist => "modlist",
            Self::Curatelist => "curatelist",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsPurposesItem {
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
                "modlist" => Self::Modlist,
                "curatelist" => Self::Curatelist,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ParamsPurposesItem {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ParamsPurposesItem {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub purposes: ::std::vec::Vec<ParamsPurposesItem>,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50",
        purposes: repeated "purposes",
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
    pub lists_with_membership: ::std::vec::Vec<ListWithMembership>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        lists_with_membership: required "listsWithMembership",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.lists_with_membership;
            {
                let p0 = path.key("listsWithMembership");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getListsWithMembership` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetListsWithMembership;
impl ::lexgen::xrpc::Endpoint for GetListsWithMembership {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ListWithMembership, ParamsPurposesItem, Output);
