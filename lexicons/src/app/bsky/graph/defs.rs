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
::lexgen::string_set!(ListPurpose);
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
        cid: required "cid" string { cid: true },
        creator: required "creator",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        list_item_count: optional "listItemCount" integer { minimum: 0 },
        name: required "name" string { min_length: 1, max_length: 64 },
        purpose: required "purpose",
        uri: required "uri",
        viewer: optional "viewer",
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
        cid: required "cid" string { cid: true },
        indexed_at: optional "indexedAt",
        labels: optional "labels",
        list_item_count: optional "listItemCount" integer { minimum: 0 },
        name: required "name" string { min_length: 1, max_length: 64 },
        purpose: required "purpose",
        uri: required "uri",
        viewer: optional "viewer",
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
        not_found: required "notFound" boolean { equals: true },
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
        cid: required "cid" string { cid: true },
        creator: required "creator",
        feeds: optional "feeds" array { max_length: 3 },
        indexed_at: required "indexedAt",
        joined_all_time_count: optional "joinedAllTimeCount" integer { minimum: 0 },
        joined_week_count: optional "joinedWeekCount" integer { minimum: 0 },
        labels: optional "labels",
        list: optional "list",
        list_items_sample: optional "listItemsSample" array { max_length: 12 },
        record: required "record",
        uri: required "uri",
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
        cid: required "cid" string { cid: true },
        creator: required "creator",
        indexed_at: required "indexedAt",
        joined_all_time_count: optional "joinedAllTimeCount" integer { minimum: 0 },
        joined_week_count: optional "joinedWeekCount" integer { minimum: 0 },
        labels: optional "labels",
        list_item_count: optional "listItemCount" integer { minimum: 0 },
        record: required "record",
        uri: required "uri",
    }
}
::lexgen::via_typed!(
    ListItemView, ListPurpose, ListView, ListViewBasic, ListViewerState, NotFoundActor,
    Relationship, StarterPackView, StarterPackViewBasic
);
