// @generated from lexicons/cv/atmos/board/board.json by cargo xtask codegen
//! An inspiration board: a curated, ordered collection of items (cv.atmos.board.item records).
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.board.board";
/// A display hint for clients. Repository data is public: `unlisted` only keeps the board out of listings. Open set.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum BoardVisibility {
    /// `public`
    Public,
    /// `unlisted`
    Unlisted,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl BoardVisibility {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Unlisted => "unlisted",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for BoardVisibility {
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
                "public" => Self::Public,
                "unlisted" => Self::Unlisted,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(BoardVisibility);
impl ::lexgen::xrpc::Param for BoardVisibility {}
/// An inspiration board: a curated, ordered collection of items (cv.atmos.board.item records).
#[derive(Clone, PartialEq)]
pub struct Board {
    /// An image shown for the board; by default clients use its first item.
    pub cover: ::std::option::Option<crate::cv::atmos::defs::Image>,
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// What the board collects.
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// The board's name.
    pub name: ::std::string::String,
    /// A display hint for clients. Repository data is public: `unlisted` only keeps the board out of listings. Open set.
    pub visibility: ::std::option::Option<BoardVisibility>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Board = "cv.atmos.board.board", extra {
        cover: optional "cover",
        created_at: required "createdAt",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        name: required "name" string { max_length: 640, max_graphemes: 64 },
        visibility: optional "visibility" string { max_length: 64 },
    }
}
::lexgen::via_typed!(BoardVisibility, Board);
