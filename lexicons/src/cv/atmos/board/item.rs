// @generated from lexicons/cv/atmos/board/item.json by cargo xtask codegen
//! One item on an inspiration board.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.board.item";
/// A page outside the network.
#[derive(Clone, PartialEq)]
pub struct External {
    /// A preview image.
    pub thumb: ::std::option::Option<::lexgen::model::BlobRef>,
    /// The page's title.
    pub title: ::std::option::Option<::std::string::String>,
    /// The page's address.
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    External, extra {
        thumb: optional "thumb" blob { accept: &["image/png", "image/jpeg", "image/webp"], max_size: 1000000 },
        title: optional "title" string { max_length: 3000, max_graphemes: 300 },
        uri: required "uri" string { max_length: 2000 },
    }
}
/// What the item shows: a record (a post, a portfolio entry, ...) at a fixed version, a web page, or an uploaded image.
#[derive(Clone, PartialEq)]
pub enum ItemSubject {
    /// `com.atproto.repo.strongRef`
    StrongRef(::std::boxed::Box<crate::com::atproto::repo::strong_ref::StrongRef>),
    /// `cv.atmos.board.item#external`
    External(::std::boxed::Box<External>),
    /// `cv.atmos.defs#image`
    DefsImage(::std::boxed::Box<crate::cv::atmos::defs::Image>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ItemSubject {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.repo.strongRef" => {
                ::lexgen::typed::member(map, path).map(Self::StrongRef)
            }
            "cv.atmos.board.item#external" => {
                ::lexgen::typed::member(map, path).map(Self::External)
            }
            "cv.atmos.defs#image" => {
                ::lexgen::typed::member(map, path).map(Self::DefsImage)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::StrongRef(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.repo.strongRef")
            }
            Self::External(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "cv.atmos.board.item#external")
            }
            Self::DefsImage(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "cv.atmos.defs#image")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ItemSubject {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::StrongRef(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::External(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DefsImage(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
/// One item on an inspiration board.
#[derive(Clone, PartialEq)]
pub struct Item {
    /// The cv.atmos.board.board record this item belongs to. A plain AT-URI, like app.bsky.graph.listitem: the board is edited over time, so pinning its CID would go stale.
    pub board: ::lexgen::model::AtUri,
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// The curator's note on the item.
    pub note: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `note`, by byte range.
    pub note_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// Sort key within the board (fractional index, compared as bytes); items without one sort after, by createdAt. Lets an item move without rewriting the others.
    pub position: ::std::option::Option<::std::string::String>,
    /// What the item shows: a record (a post, a portfolio entry, ...) at a fixed version, a web page, or an uploaded image.
    pub subject: ItemSubject,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Item = "cv.atmos.board.item", extra {
        board: required "board",
        created_at: required "createdAt",
        note: optional "note" string { max_length: 3000, max_graphemes: 300 },
        note_facets: optional "noteFacets",
        position: optional "position" string { max_length: 64 },
        subject: required "subject",
    }
}
::lexgen::via_typed!(External, ItemSubject, Item);
