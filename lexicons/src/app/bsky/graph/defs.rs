// @generated from lexicons/app/bsky/graph/defs.json by cargo xtask codegen
//! `app.bsky.graph.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.defs";
pub const CURATELIST: &str = "app.bsky.graph.defs#curatelist";
#[derive(Clone, PartialEq)]
pub struct ListItemView {
    pub subject: crate::app::bsky::actor::defs::ProfileView,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ListItemView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("subject", &mut slots.0);
        props.required("uri", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(subject), ::std::option::Option::Some(uri)) => {
                ::std::result::Result::Ok(Self { subject, uri, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ListItemView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ListPurpose {
    /// `app.bsky.graph.defs#modlist`
    Modlist,
    /// `app.bsky.graph.defs#curatelist`
    Curatelist,
    /// `app.bsky.graph.defs#referencelist`
    Referencelist,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ListPurpose {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Modlist => "app.bsky.graph.defs#modlist",
            Self::Curatelist => "app.bsky.graph.defs#curatelist",
            Self::Referencelist => "app.bsky.graph.defs#referencelist",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ListPurpose {
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
                "app.bsky.graph.defs#modlist" => Self::Modlist,
                "app.bsky.graph.defs#curatelist" => Self::Curatelist,
                "app.bsky.graph.defs#referencelist" => Self::Referencelist,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ListPurpose {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ListPurpose {}
#[derive(Clone, PartialEq)]
pub struct ListView {
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub cid: ::lexgen::model::CidString,
    pub creator: crate::app::bsky::actor::defs::ProfileView,
    pub description: ::std::option::Option<::std::string::String>,
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub list_item_count: ::std::option::Option<i64>,
    pub name: ::std::string::String,
    pub purpose: ListPurpose,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<ListViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ListView {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("avatar", &mut slots.0);
        props.required("cid", &mut slots.1);
        props.required("creator", &mut slots.2);
        props.optional("description", &mut slots.3);
        props.optional("descriptionFacets", &mut slots.4);
        props.required("indexedAt", &mut slots.5);
        props.optional("labels", &mut slots.6);
        props.optional("listItemCount", &mut slots.7);
        props.required("name", &mut slots.8);
        props.required("purpose", &mut slots.9);
        props.required("uri", &mut slots.10);
        props.optional("viewer", &mut slots.11);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(avatar),
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(creator),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(description_facets),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(list_item_count),
                ::std::option::Option::Some(name),
                ::std::option::Option::Some(purpose),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    avatar,
                    cid,
                    creator,
                    description,
                    description_facets,
                    indexed_at,
                    labels,
                    list_item_count,
                    name,
                    purpose,
                    uri,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(
            &mut map,
            "descriptionFacets",
            &self.description_facets,
        );
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "listItemCount", &self.list_item_count);
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::typed::put(&mut map, "purpose", &self.purpose);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ListView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.description {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(3000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(300u64),
                },
                path.key("description"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.description_facets {
            {
                let p0 = path.key("descriptionFacets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.list_item_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("listItemCount"),
                out,
            );
        }
        {
            let v = &self.name;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(64u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("name"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ListViewBasic {
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub cid: ::lexgen::model::CidString,
    pub indexed_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub list_item_count: ::std::option::Option<i64>,
    pub name: ::std::string::String,
    pub purpose: ListPurpose,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<ListViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ListViewBasic {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("avatar", &mut slots.0);
        props.required("cid", &mut slots.1);
        props.optional("indexedAt", &mut slots.2);
        props.optional("labels", &mut slots.3);
        props.optional("listItemCount", &mut slots.4);
        props.required("name", &mut slots.5);
        props.required("purpose", &mut slots.6);
        props.required("uri", &mut slots.7);
        props.optional("viewer", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(avatar),
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(list_item_count),
                ::std::option::Option::Some(name),
                ::std::option::Option::Some(purpose),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    avatar,
                    cid,
                    indexed_at,
                    labels,
                    list_item_count,
                    name,
                    purpose,
                    uri,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "listItemCount", &self.list_item_count);
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::typed::put(&mut map, "purpose", &self.purpose);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ListViewBasic {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.list_item_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("listItemCount"),
                out,
            );
        }
        {
            let v = &self.name;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(64u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("name"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ListViewerState {
    pub blocked: ::std::option::Option<::lexgen::model::AtUri>,
    pub muted: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ListViewerState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("blocked", &mut slots.0);
        props.optional("muted", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(blocked),
                ::std::option::Option::Some(muted),
            ) => ::std::result::Result::Ok(Self { blocked, muted, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "blocked", &self.blocked);
        ::lexgen::typed::put_optional(&mut map, "muted", &self.muted);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ListViewerState {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
pub const MODLIST: &str = "app.bsky.graph.defs#modlist";
#[derive(Clone, PartialEq)]
pub struct NotFoundActor {
    pub actor: ::lexgen::model::AtIdentifier,
    pub not_found: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for NotFoundActor {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("actor", &mut slots.0);
        props.required("notFound", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(actor),
                ::std::option::Option::Some(not_found),
            ) => ::std::result::Result::Ok(Self { actor, not_found, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "actor", &self.actor);
        ::lexgen::typed::put(&mut map, "notFound", &self.not_found);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for NotFoundActor {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.not_found;
            ::lexgen::typed::check::boolean_const(*v, true, path.key("notFound"), out);
        }
    }
}
pub const REFERENCELIST: &str = "app.bsky.graph.defs#referencelist";
#[derive(Clone, PartialEq)]
pub struct Relationship {
    pub blocked_by: ::std::option::Option<::lexgen::model::AtUri>,
    pub blocked_by_list: ::std::option::Option<::lexgen::model::AtUri>,
    pub blocking: ::std::option::Option<::lexgen::model::AtUri>,
    pub blocking_by_list: ::std::option::Option<::lexgen::model::AtUri>,
    pub did: ::lexgen::model::Did,
    pub followed_by: ::std::option::Option<::lexgen::model::AtUri>,
    pub following: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Relationship {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("blockedBy", &mut slots.0);
        props.optional("blockedByList", &mut slots.1);
        props.optional("blocking", &mut slots.2);
        props.optional("blockingByList", &mut slots.3);
        props.required("did", &mut slots.4);
        props.optional("followedBy", &mut slots.5);
        props.optional("following", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(blocked_by),
                ::std::option::Option::Some(blocked_by_list),
                ::std::option::Option::Some(blocking),
                ::std::option::Option::Some(blocking_by_list),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(followed_by),
                ::std::option::Option::Some(following),
            ) => {
                ::std::result::Result::Ok(Self {
                    blocked_by,
                    blocked_by_list,
                    blocking,
                    blocking_by_list,
                    did,
                    followed_by,
                    following,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "blockedBy", &self.blocked_by);
        ::lexgen::typed::put_optional(&mut map, "blockedByList", &self.blocked_by_list);
        ::lexgen::typed::put_optional(&mut map, "blocking", &self.blocking);
        ::lexgen::typed::put_optional(
            &mut map,
            "blockingByList",
            &self.blocking_by_list,
        );
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "followedBy", &self.followed_by);
        ::lexgen::typed::put_optional(&mut map, "following", &self.following);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Relationship {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct StarterPackView {
    pub cid: ::lexgen::model::CidString,
    pub creator: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub feeds: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::feed::defs::GeneratorView>,
    >,
    pub indexed_at: ::lexgen::model::Datetime,
    pub joined_all_time_count: ::std::option::Option<i64>,
    pub joined_week_count: ::std::option::Option<i64>,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub list: ::std::option::Option<ListViewBasic>,
    pub list_items_sample: ::std::option::Option<::std::vec::Vec<ListItemView>>,
    pub record: ::lexgen::model::Map,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for StarterPackView {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("creator", &mut slots.1);
        props.optional("feeds", &mut slots.2);
        props.required("indexedAt", &mut slots.3);
        props.optional("joinedAllTimeCount", &mut slots.4);
        props.optional("joinedWeekCount", &mut slots.5);
        props.optional("labels", &mut slots.6);
        props.optional("list", &mut slots.7);
        props.optional("listItemsSample", &mut slots.8);
        props.required("record", &mut slots.9);
        props.required("uri", &mut slots.10);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(creator),
                ::std::option::Option::Some(feeds),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(joined_all_time_count),
                ::std::option::Option::Some(joined_week_count),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(list),
                ::std::option::Option::Some(list_items_sample),
                ::std::option::Option::Some(record),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    creator,
                    feeds,
                    indexed_at,
                    joined_all_time_count,
                    joined_week_count,
                    labels,
                    list,
                    list_items_sample,
                    record,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put_optional(&mut map, "feeds", &self.feeds);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(
            &mut map,
            "joinedAllTimeCount",
            &self.joined_all_time_count,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "joinedWeekCount",
            &self.joined_week_count,
        );
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "list", &self.list);
        ::lexgen::typed::put_optional(
            &mut map,
            "listItemsSample",
            &self.list_items_sample,
        );
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StarterPackView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.feeds {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(3u64),
                    path.key("feeds"),
                    out,
                );
                let p0 = path.key("feeds");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.joined_all_time_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("joinedAllTimeCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.joined_week_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("joinedWeekCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.list {
            ::lexgen::typed::Validate::validate_at(v, path.key("list"), out);
        }
        if let ::std::option::Option::Some(v) = &self.list_items_sample {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(12u64),
                    path.key("listItemsSample"),
                    out,
                );
                let p0 = path.key("listItemsSample");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct StarterPackViewBasic {
    pub cid: ::lexgen::model::CidString,
    pub creator: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub indexed_at: ::lexgen::model::Datetime,
    pub joined_all_time_count: ::std::option::Option<i64>,
    pub joined_week_count: ::std::option::Option<i64>,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub list_item_count: ::std::option::Option<i64>,
    pub record: ::lexgen::model::Map,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for StarterPackViewBasic {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("creator", &mut slots.1);
        props.required("indexedAt", &mut slots.2);
        props.optional("joinedAllTimeCount", &mut slots.3);
        props.optional("joinedWeekCount", &mut slots.4);
        props.optional("labels", &mut slots.5);
        props.optional("listItemCount", &mut slots.6);
        props.required("record", &mut slots.7);
        props.required("uri", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(creator),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(joined_all_time_count),
                ::std::option::Option::Some(joined_week_count),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(list_item_count),
                ::std::option::Option::Some(record),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    creator,
                    indexed_at,
                    joined_all_time_count,
                    joined_week_count,
                    labels,
                    list_item_count,
                    record,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(
            &mut map,
            "joinedAllTimeCount",
            &self.joined_all_time_count,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "joinedWeekCount",
            &self.joined_week_count,
        );
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "listItemCount", &self.list_item_count);
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StarterPackViewBasic {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.joined_all_time_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("joinedAllTimeCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.joined_week_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("joinedWeekCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.list_item_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("listItemCount"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(
    ListItemView, ListPurpose, ListView, ListViewBasic, ListViewerState, NotFoundActor,
    Relationship, StarterPackView, StarterPackViewBasic
);
