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
impl ::lexgen::typed::Validate for FeedItem {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
        description: optional "description",
        description_facets: optional "descriptionFacets",
        feeds: optional "feeds",
        list: required "list",
        name: required "name",
    }
}
impl ::lexgen::typed::Validate for Starterpack {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
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
        {
            let v = &self.name;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(500u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(50u64),
                },
                path.key("name"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(FeedItem, Starterpack);
