// @generated from lexicons/app/bsky/embed/record.json by cargo xtask codegen
//! `app.bsky.embed.record`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.record";
#[derive(Clone, PartialEq)]
pub struct Record {
    pub record: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Record, extra {
        record: required "record",
    }
}
#[derive(Clone, PartialEq)]
pub enum ViewRecord2 {
    /// `app.bsky.embed.record#viewRecord`
    ViewRecord(::std::boxed::Box<ViewRecord>),
    /// `app.bsky.embed.record#viewNotFound`
    ViewNotFound(::std::boxed::Box<ViewNotFound>),
    /// `app.bsky.embed.record#viewBlocked`
    ViewBlocked(::std::boxed::Box<ViewBlocked>),
    /// `app.bsky.embed.record#viewDetached`
    ViewDetached(::std::boxed::Box<ViewDetached>),
    /// `app.bsky.feed.defs#generatorView`
    DefsGeneratorView(::std::boxed::Box<crate::app::bsky::feed::defs::GeneratorView>),
    /// `app.bsky.graph.defs#listView`
    DefsListView(::std::boxed::Box<crate::app::bsky::graph::defs::ListView>),
    /// `app.bsky.labeler.defs#labelerView`
    DefsLabelerView(::std::boxed::Box<crate::app::bsky::labeler::defs::LabelerView>),
    /// `app.bsky.graph.defs#starterPackViewBasic`
    DefsStarterPackViewBasic(
        ::std::boxed::Box<crate::app::bsky::graph::defs::StarterPackViewBasic>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ViewRecord2 {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.record#viewRecord" => {
                ::lexgen::typed::member(map, path).map(Self::ViewRecord)
            }
            "app.bsky.embed.record#viewNotFound" => {
                ::lexgen::typed::member(map, path).map(Self::ViewNotFound)
            }
            "app.bsky.embed.record#viewBlocked" => {
                ::lexgen::typed::member(map, path).map(Self::ViewBlocked)
            }
            "app.bsky.embed.record#viewDetached" => {
                ::lexgen::typed::member(map, path).map(Self::ViewDetached)
            }
            "app.bsky.feed.defs#generatorView" => {
                ::lexgen::typed::member(map, path).map(Self::DefsGeneratorView)
            }
            "app.bsky.graph.defs#listView" => {
                ::lexgen::typed::member(map, path).map(Self::DefsListView)
            }
            "app.bsky.labeler.defs#labelerView" => {
                ::lexgen::typed::member(map, path).map(Self::DefsLabelerView)
            }
            "app.bsky.graph.defs#starterPackViewBasic" => {
                ::lexgen::typed::member(map, path).map(Self::DefsStarterPackViewBasic)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ViewRecord(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#viewRecord")
            }
            Self::ViewNotFound(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#viewNotFound")
            }
            Self::ViewBlocked(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#viewBlocked")
            }
            Self::ViewDetached(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#viewDetached")
            }
            Self::DefsGeneratorView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#generatorView")
            }
            Self::DefsListView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.graph.defs#listView")
            }
            Self::DefsLabelerView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.labeler.defs#labelerView")
            }
            Self::DefsStarterPackViewBasic(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.graph.defs#starterPackViewBasic",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ViewRecord2 {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ViewRecord(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ViewNotFound(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ViewBlocked(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ViewDetached(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DefsGeneratorView(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsListView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DefsLabelerView(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsStarterPackViewBasic(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub record: ViewRecord2,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    View, extra {
        record: required "record",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewBlocked {
    pub author: crate::app::bsky::feed::defs::BlockedAuthor,
    pub blocked: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewBlocked, extra {
        author: required "author",
        blocked: required "blocked" boolean { equals: true },
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewDetached {
    pub detached: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewDetached, extra {
        detached: required "detached" boolean { equals: true },
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewNotFound {
    pub not_found: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewNotFound, extra {
        not_found: required "notFound" boolean { equals: true },
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub enum ViewRecordEmbedsItem {
    /// `app.bsky.embed.images#view`
    ImagesView(::std::boxed::Box<crate::app::bsky::embed::images::View>),
    /// `app.bsky.embed.video#view`
    VideoView(::std::boxed::Box<crate::app::bsky::embed::video::View>),
    /// `app.bsky.embed.gallery#view`
    GalleryView(::std::boxed::Box<crate::app::bsky::embed::gallery::View>),
    /// `app.bsky.embed.external#view`
    ExternalView(::std::boxed::Box<crate::app::bsky::embed::external::View>),
    /// `app.bsky.embed.record#view`
    View(::std::boxed::Box<View>),
    /// `app.bsky.embed.recordWithMedia#view`
    RecordWithMediaView(
        ::std::boxed::Box<crate::app::bsky::embed::record_with_media::View>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ViewRecordEmbedsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.images#view" => {
                ::lexgen::typed::member(map, path).map(Self::ImagesView)
            }
            "app.bsky.embed.video#view" => {
                ::lexgen::typed::member(map, path).map(Self::VideoView)
            }
            "app.bsky.embed.gallery#view" => {
                ::lexgen::typed::member(map, path).map(Self::GalleryView)
            }
            "app.bsky.embed.external#view" => {
                ::lexgen::typed::member(map, path).map(Self::ExternalView)
            }
            "app.bsky.embed.record#view" => {
                ::lexgen::typed::member(map, path).map(Self::View)
            }
            "app.bsky.embed.recordWithMedia#view" => {
                ::lexgen::typed::member(map, path).map(Self::RecordWithMediaView)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ImagesView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.images#view")
            }
            Self::VideoView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.video#view")
            }
            Self::GalleryView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery#view")
            }
            Self::ExternalView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external#view")
            }
            Self::View(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#view")
            }
            Self::RecordWithMediaView(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.embed.recordWithMedia#view",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ViewRecordEmbedsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ImagesView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::VideoView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::GalleryView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ExternalView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::View(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::RecordWithMediaView(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewRecord {
    pub author: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub cid: ::lexgen::model::CidString,
    pub embeds: ::std::option::Option<::std::vec::Vec<ViewRecordEmbedsItem>>,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub like_count: ::std::option::Option<i64>,
    pub quote_count: ::std::option::Option<i64>,
    pub reply_count: ::std::option::Option<i64>,
    pub repost_count: ::std::option::Option<i64>,
    pub uri: ::lexgen::model::AtUri,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewRecord, extra {
        author: required "author",
        cid: required "cid" string { cid: true },
        embeds: optional "embeds",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount",
        quote_count: optional "quoteCount",
        reply_count: optional "replyCount",
        repost_count: optional "repostCount",
        uri: required "uri",
        value: required "value",
    }
}
::lexgen::via_typed!(
    Record, ViewRecord2, View, ViewBlocked, ViewDetached, ViewNotFound,
    ViewRecordEmbedsItem, ViewRecord
);
