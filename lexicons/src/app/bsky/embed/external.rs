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
impl ::lexgen::typed::Typed for ColorRgb {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("b", &mut slots.0);
        props.required("g", &mut slots.1);
        props.required("r", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(b),
                ::std::option::Option::Some(g),
                ::std::option::Option::Some(r),
            ) => ::std::result::Result::Ok(Self { b, g, r, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "b", &self.b);
        ::lexgen::typed::put(&mut map, "g", &self.g);
        ::lexgen::typed::put(&mut map, "r", &self.r);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ColorRgb {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.b;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::Some(255i64),
                path.key("b"),
                out,
            );
        }
        {
            let v = &self.g;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::Some(255i64),
                path.key("g"),
                out,
            );
        }
        {
            let v = &self.r;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::Some(255i64),
                path.key("r"),
                out,
            );
        }
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
impl ::lexgen::typed::Typed for ExternalDef {
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
        ));
        props.optional("associatedRefs", &mut slots.0);
        props.required("description", &mut slots.1);
        props.optional("thumb", &mut slots.2);
        props.required("title", &mut slots.3);
        props.required("uri", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(associated_refs),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(thumb),
                ::std::option::Option::Some(title),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    associated_refs,
                    description,
                    thumb,
                    title,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "associatedRefs", &self.associated_refs);
        ::lexgen::typed::put(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(&mut map, "thumb", &self.thumb);
        ::lexgen::typed::put(&mut map, "title", &self.title);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ExternalDef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.associated_refs {
            {
                let p0 = path.key("associatedRefs");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.thumb {
            ::lexgen::typed::check::blob(
                v,
                &["image/*"],
                ::std::option::Option::Some(1000000u64),
                path.key("thumb"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct External {
    pub external: ExternalDef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for External {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("external", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(external),) => {
                ::std::result::Result::Ok(Self { external, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "external", &self.external);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for External {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.external;
            ::lexgen::typed::Validate::validate_at(v, path.key("external"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub external: ViewExternal,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for View {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("external", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(external),) => {
                ::std::result::Result::Ok(Self { external, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "external", &self.external);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for View {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.external;
            ::lexgen::typed::Validate::validate_at(v, path.key("external"), out);
        }
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
impl ::lexgen::typed::Typed for ViewExternal {
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
        props.optional("associatedProfiles", &mut slots.0);
        props.optional("associatedRefs", &mut slots.1);
        props.optional("createdAt", &mut slots.2);
        props.required("description", &mut slots.3);
        props.optional("labels", &mut slots.4);
        props.optional("readingTime", &mut slots.5);
        props.optional("source", &mut slots.6);
        props.optional("thumb", &mut slots.7);
        props.required("title", &mut slots.8);
        props.optional("updatedAt", &mut slots.9);
        props.required("uri", &mut slots.10);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(associated_profiles),
                ::std::option::Option::Some(associated_refs),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(reading_time),
                ::std::option::Option::Some(source),
                ::std::option::Option::Some(thumb),
                ::std::option::Option::Some(title),
                ::std::option::Option::Some(updated_at),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    associated_profiles,
                    associated_refs,
                    created_at,
                    description,
                    labels,
                    reading_time,
                    source,
                    thumb,
                    title,
                    updated_at,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "associatedProfiles",
            &self.associated_profiles,
        );
        ::lexgen::typed::put_optional(&mut map, "associatedRefs", &self.associated_refs);
        ::lexgen::typed::put_optional(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "readingTime", &self.reading_time);
        ::lexgen::typed::put_optional(&mut map, "source", &self.source);
        ::lexgen::typed::put_optional(&mut map, "thumb", &self.thumb);
        ::lexgen::typed::put(&mut map, "title", &self.title);
        ::lexgen::typed::put_optional(&mut map, "updatedAt", &self.updated_at);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewExternal {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.associated_profiles {
            {
                let p0 = path.key("associatedProfiles");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.associated_refs {
            {
                let p0 = path.key("associatedRefs");
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
        if let ::std::option::Option::Some(v) = &self.source {
            ::lexgen::typed::Validate::validate_at(v, path.key("source"), out);
        }
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
impl ::lexgen::typed::Typed for ViewExternalSource {
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
        ));
        props.optional("description", &mut slots.0);
        props.optional("icon", &mut slots.1);
        props.optional("theme", &mut slots.2);
        props.required("title", &mut slots.3);
        props.required("uri", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(icon),
                ::std::option::Option::Some(theme),
                ::std::option::Option::Some(title),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    description,
                    icon,
                    theme,
                    title,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(&mut map, "icon", &self.icon);
        ::lexgen::typed::put_optional(&mut map, "theme", &self.theme);
        ::lexgen::typed::put(&mut map, "title", &self.title);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewExternalSource {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.theme {
            ::lexgen::typed::Validate::validate_at(v, path.key("theme"), out);
        }
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
impl ::lexgen::typed::Typed for ViewExternalSourceTheme {
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
        ));
        props.optional("accentForegroundRGB", &mut slots.0);
        props.optional("accentRGB", &mut slots.1);
        props.optional("backgroundRGB", &mut slots.2);
        props.optional("foregroundRGB", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(accent_foreground_rgb),
                ::std::option::Option::Some(accent_rgb),
                ::std::option::Option::Some(background_rgb),
                ::std::option::Option::Some(foreground_rgb),
            ) => {
                ::std::result::Result::Ok(Self {
                    accent_foreground_rgb,
                    accent_rgb,
                    background_rgb,
                    foreground_rgb,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "accentForegroundRGB",
            &self.accent_foreground_rgb,
        );
        ::lexgen::typed::put_optional(&mut map, "accentRGB", &self.accent_rgb);
        ::lexgen::typed::put_optional(&mut map, "backgroundRGB", &self.background_rgb);
        ::lexgen::typed::put_optional(&mut map, "foregroundRGB", &self.foreground_rgb);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewExternalSourceTheme {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.accent_foreground_rgb {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("accentForegroundRGB"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.accent_rgb {
            ::lexgen::typed::Validate::validate_at(v, path.key("accentRGB"), out);
        }
        if let ::std::option::Option::Some(v) = &self.background_rgb {
            ::lexgen::typed::Validate::validate_at(v, path.key("backgroundRGB"), out);
        }
        if let ::std::option::Option::Some(v) = &self.foreground_rgb {
            ::lexgen::typed::Validate::validate_at(v, path.key("foregroundRGB"), out);
        }
    }
}
::lexgen::via_typed!(
    ColorRgb, ExternalDef, External, View, ViewExternal, ViewExternalSource,
    ViewExternalSourceTheme
);
