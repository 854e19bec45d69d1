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
::lexgen::object! {
    ListItemView, extra {
        subject: required "subject",
        uri: required "uri",
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
::lexgen::object! {
    ListView, extra {
        avatar: optional "avatar",
        cid: required "cid",
        creator: required "creator",
        description: optional "description",
        description_facets: optional "descriptionFacets",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        list_item_count: optional "listItemCount",
        name: required "name",
        purpose: required "purpose",
        uri: required "uri",
        viewer: optional "viewer",
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
::lexgen::object! {
    ListViewBasic, extra {
        avatar: optional "avatar",
        cid: required "cid",
        indexed_at: optional "indexedAt",
        labels: optional "labels",
        list_item_count: optional "listItemCount",
        name: required "name",
        purpose: required "purpose",
        uri: required "uri",
        viewer: optional "viewer",
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
::lexgen::object! {
    ListViewerState, extra {
        blocked: optional "blocked",
        muted: optional "muted",
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
::lexgen::object! {
    NotFoundActor, extra {
        actor: required "actor",
        not_found: required "notFound",
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
::lexgen::object! {
    Relationship, extra {
        blocked_by: optional "blockedBy",
        blocked_by_list: optional "blockedByList",
        blocking: optional "blocking",
        blocking_by_list: optional "blockingByList",
        did: required "did",
        followed_by: optional "followedBy",
        following: optional "following",
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
::lexgen::object! {
    StarterPackView, extra {
        cid: required "cid",
        creator: required "creator",
        feeds: optional "feeds",
        indexed_at: required "indexedAt",
        joined_all_time_count: optional "joinedAllTimeCount",
        joined_week_count: optional "joinedWeekCount",
        labels: optional "labels",
        list: optional "list",
        list_items_sample: optional "listItemsSample",
        record: required "record",
        uri: required "uri",
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
::lexgen::object! {
    StarterPackViewBasic, extra {
        cid: required "cid",
        creator: required "creator",
        indexed_at: required "indexedAt",
        joined_all_time_count: optional "joinedAllTimeCount",
        joined_week_count: optional "joinedWeekCount",
        labels: optional "labels",
        list_item_count: optional "listItemCount",
        record: required "record",
        uri: required "uri",
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
