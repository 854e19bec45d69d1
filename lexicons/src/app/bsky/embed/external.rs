// @generated from lexicons/app/bsky/embed/external.json by cargo xtask codegen
//! `app.bsky.embed.external`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.external";
#[derive(Clone, PartialEq)]
pub struct ColorRgb {
    pub b: i64,
    pub g: i64,
    pub r: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ColorRgb, extra {
        b: required "b" integer { minimum: 0, maximum: 255 },
        g: required "g" integer { minimum: 0, maximum: 255 },
        r: required "r" integer { minimum: 0, maximum: 255 },
    }
}
#[derive(Clone, PartialEq)]
pub struct ExternalDef {
    pub associated_refs: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::repo::strong_ref::StrongRef>,
    >,
    pub description: ::std::string::String,
    pub thumb: ::std::option::Option<::lexgen::model::BlobRef>,
    pub title: ::std::string::String,
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ExternalDef, extra {
        associated_refs: optional "associatedRefs",
        description: required "description",
        thumb: optional "thumb" blob { accept: &["image/*"], max_size: 1000000 },
        title: required "title",
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct External {
    pub external: ExternalDef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    External, extra {
        external: required "external",
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub external: ViewExternal,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    View, extra {
        external: required "external",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewExternal {
    pub associated_profiles: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewBasic>,
    >,
    pub associated_refs: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::repo::strong_ref::StrongRef>,
    >,
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub description: ::std::string::String,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub reading_time: ::std::option::Option<i64>,
    pub source: ::std::option::Option<ViewExternalSource>,
    pub thumb: ::std::option::Option<::lexgen::model::Uri>,
    pub title: ::std::string::String,
    pub updated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewExternal, extra {
        associated_profiles: optional "associatedProfiles",
        associated_refs: optional "associatedRefs",
        created_at: optional "createdAt",
        description: required "description",
        labels: optional "labels",
        reading_time: optional "readingTime",
        source: optional "source",
        thumb: optional "thumb",
        title: required "title",
        updated_at: optional "updatedAt",
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewExternalSource {
    pub description: ::std::option::Option<::std::string::String>,
    pub icon: ::std::option::Option<::lexgen::model::Uri>,
    pub theme: ::std::option::Option<ViewExternalSourceTheme>,
    pub title: ::std::string::String,
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewExternalSource, extra {
        description: optional "description",
        icon: optional "icon",
        theme: optional "theme",
        title: required "title",
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewExternalSourceTheme {
    pub accent_foreground_rgb: ::std::option::Option<ColorRgb>,
    pub accent_rgb: ::std::option::Option<ColorRgb>,
    pub background_rgb: ::std::option::Option<ColorRgb>,
    pub foreground_rgb: ::std::option::Option<ColorRgb>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewExternalSourceTheme, extra {
        accent_foreground_rgb: optional "accentForegroundRGB",
        accent_rgb: optional "accentRGB",
        background_rgb: optional "backgroundRGB",
        foreground_rgb: optional "foregroundRGB",
    }
}
::lexgen::via_typed!(
    ColorRgb, ExternalDef, External, View, ViewExternal, ViewExternalSource,
    ViewExternalSourceTheme
);
