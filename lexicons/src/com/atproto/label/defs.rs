// @generated from lexicons/com/atproto/label/defs.json by cargo xtask codegen
//! `com.atproto.label.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.label.defs";
#[derive(Clone, PartialEq)]
pub struct Label {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub cts: ::lexgen::model::Datetime,
    pub exp: ::std::option::Option<::lexgen::model::Datetime>,
    pub neg: ::std::option::Option<bool>,
    pub sig: ::std::option::Option<::lexgen::model::Bytes>,
    pub src: ::lexgen::model::Did,
    pub uri: ::lexgen::model::Uri,
    pub val: ::std::string::String,
    pub ver: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Label {
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
        props.optional("cid", &mut slots.0);
        props.required("cts", &mut slots.1);
        props.optional("exp", &mut slots.2);
        props.optional("neg", &mut slots.3);
        props.optional("sig", &mut slots.4);
        props.required("src", &mut slots.5);
        props.required("uri", &mut slots.6);
        props.required("val", &mut slots.7);
        props.optional("ver", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(cts),
                ::std::option::Option::Some(exp),
                ::std::option::Option::Some(neg),
                ::std::option::Option::Some(sig),
                ::std::option::Option::Some(src),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(val),
                ::std::option::Option::Some(ver),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    cts,
                    exp,
                    neg,
                    sig,
                    src,
                    uri,
                    val,
                    ver,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "cts", &self.cts);
        ::lexgen::typed::put_optional(&mut map, "exp", &self.exp);
        ::lexgen::typed::put_optional(&mut map, "neg", &self.neg);
        ::lexgen::typed::put_optional(&mut map, "sig", &self.sig);
        ::lexgen::typed::put(&mut map, "src", &self.src);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put(&mut map, "val", &self.val);
        ::lexgen::typed::put_optional(&mut map, "ver", &self.ver);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Label {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.cid {
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.val;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(128u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("val"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum LabelValue {
    /// `!hide`
    Hide,
    /// `!warn`
    Warn,
    /// `!no-unauthenticated`
    NoUnauthenticated,
    /// `porn`
    Porn,
    /// `sexual`
    Sexual,
    /// `nudity`
    Nudity,
    /// `graphic-media`
    GraphicMedia,
    /// `bot`
    Bot,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl LabelValue {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hide => "!hide",
            Self::Warn => "!warn",
            Self::NoUnauthenticated => "!no-unauthenticated",
            Self::Porn => "porn",
            Self::Sexual => "sexual",
            Self::Nudity => "nudity",
            Self::GraphicMedia => "graphic-media",
            Self::Bot => "bot",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for LabelValue {
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
                "!hide" => Self::Hide,
                "!warn" => Self::Warn,
                "!no-unauthenticated" => Self::NoUnauthenticated,
                "porn" => Self::Porn,
                "sexual" => Self::Sexual,
                "nudity" => Self::Nudity,
                "graphic-media" => Self::GraphicMedia,
                "bot" => Self::Bot,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for LabelValue {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for LabelValue {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum LabelValueDefinitionBlurs {
    /// `content`
    Content,
    /// `media`
    Media,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl LabelValueDefinitionBlurs {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Content => "content",
            Self::Media => "media",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for LabelValueDefinitionBlurs {
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
                "content" => Self::Content,
                "media" => Self::Media,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for LabelValueDefinitionBlurs {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for LabelValueDefinitionBlurs {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum LabelValueDefinitionDefaultSetting {
    /// `ignore`
    Ignore,
    /// `warn`
    Warn,
    /// `hide`
    Hide,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl LabelValueDefinitionDefaultSetting {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ignore => "ignore",
            Self::Warn => "warn",
            Self::Hide => "hide",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for LabelValueDefinitionDefaultSetting {
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
                "ignore" => Self::Ignore,
                "warn" => Self::Warn,
                "hide" => Self::Hide,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for LabelValueDefinitionDefaultSetting {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for LabelValueDefinitionDefaultSetting {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum LabelValueDefinitionSeverity {
    /// `inform`
    Inform,
    /// `alert`
    Alert,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl LabelValueDefinitionSeverity {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inform => "inform",
            Self::Alert => "alert",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for LabelValueDefinitionSeverity {
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
                "inform" => Self::Inform,
                "alert" => Self::Alert,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for LabelValueDefinitionSeverity {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for LabelValueDefinitionSeverity {}
#[derive(Clone, PartialEq)]
pub struct LabelValueDefinition {
    pub adult_only: ::std::option::Option<bool>,
    pub blurs: LabelValueDefinitionBlurs,
    pub default_setting: ::std::option::Option<LabelValueDefinitionDefaultSetting>,
    pub identifier: ::std::string::String,
    pub locales: ::std::vec::Vec<LabelValueDefinitionStrings>,
    pub severity: LabelValueDefinitionSeverity,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelValueDefinition {
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
        ));
        props.optional("adultOnly", &mut slots.0);
        props.required("blurs", &mut slots.1);
        props.optional("defaultSetting", &mut slots.2);
        props.required("identifier", &mut slots.3);
        props.required("locales", &mut slots.4);
        props.required("severity", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(adult_only),
                ::std::option::Option::Some(blurs),
                ::std::option::Option::Some(default_setting),
                ::std::option::Option::Some(identifier),
                ::std::option::Option::Some(locales),
                ::std::option::Option::Some(severity),
            ) => {
                ::std::result::Result::Ok(Self {
                    adult_only,
                    blurs,
                    default_setting,
                    identifier,
                    locales,
                    severity,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "adultOnly", &self.adult_only);
        ::lexgen::typed::put(&mut map, "blurs", &self.blurs);
        ::lexgen::typed::put_optional(&mut map, "defaultSetting", &self.default_setting);
        ::lexgen::typed::put(&mut map, "identifier", &self.identifier);
        ::lexgen::typed::put(&mut map, "locales", &self.locales);
        ::lexgen::typed::put(&mut map, "severity", &self.severity);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelValueDefinition {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.identifier;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(100u64),
                },
                path.key("identifier"),
                out,
            );
        }
        {
            let v = &self.locales;
            {
                let p0 = path.key("locales");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LabelValueDefinitionStrings {
    pub description: ::std::string::String,
    pub lang: ::lexgen::model::Language,
    pub name: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelValueDefinitionStrings {
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
        props.required("description", &mut slots.0);
        props.required("lang", &mut slots.1);
        props.required("name", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(lang),
                ::std::option::Option::Some(name),
            ) => {
                ::std::result::Result::Ok(Self {
                    description,
                    lang,
                    name,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "description", &self.description);
        ::lexgen::typed::put(&mut map, "lang", &self.lang);
        ::lexgen::typed::put(&mut map, "name", &self.name);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelValueDefinitionStrings {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.description;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(10000u64),
                },
                path.key("description"),
                out,
            );
        }
        {
            let v = &self.name;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(640u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(64u64),
                },
                path.key("name"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct SelfLabel {
    pub val: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SelfLabel {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("val", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(val),) => {
                ::std::result::Result::Ok(Self { val, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "val", &self.val);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SelfLabel {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.val;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(128u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("val"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct SelfLabels {
    pub values: ::std::vec::Vec<SelfLabel>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SelfLabels {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("values", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(values),) => {
                ::std::result::Result::Ok(Self { values, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "values", &self.values);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SelfLabels {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.values;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(10u64),
                    path.key("values"),
                    out,
                );
                let p0 = path.key("values");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
::lexgen::via_typed!(
    Label, LabelValue, LabelValueDefinitionBlurs, LabelValueDefinitionDefaultSetting,
    LabelValueDefinitionSeverity, LabelValueDefinition, LabelValueDefinitionStrings,
    SelfLabel, SelfLabels
);
