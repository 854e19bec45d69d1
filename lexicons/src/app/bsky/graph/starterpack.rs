// @generated from lexicons/app/bsky/graph/starterpack.json by cargo xtask codegen
//! `app.bsky.graph.starterpack`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.starterpack";
#[derive(Clone, PartialEq)]
pub struct FeedItem {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FeedItem, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct Starterpack {
    pub created_at: ::lexgen::model::Datetime,
    pub description: ::std::option::Option<::std::string::String>,
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub feeds: ::std::option::Option<::std::vec::Vec<FeedItem>>,
    pub list: ::lexgen::model::AtUri,
    pub name: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Starterpack = "app.bsky.graph.starterpack", extra {
        created_at: required "createdAt",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        feeds: optional "feeds" array { max_length: 3 },
        list: required "list",
        name: required "name" string { min_length: 1, max_length: 500, max_graphemes: 50 },
    }
}
::lexgen::via_typed!(FeedItem, Starterpack);
