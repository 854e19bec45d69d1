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
::lexgen::object! {
    Label, extra {
        cid: optional "cid" string { cid: true },
        cts: required "cts",
        exp: optional "exp",
        neg: optional "neg",
        sig: optional "sig",
        src: required "src",
        uri: required "uri",
        val: required "val" string { max_length: 128 },
        ver: optional "ver",
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
::lexgen::string_set!(LabelValue);
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
::lexgen::string_set!(LabelValueDefinitionBlurs);
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
::lexgen::string_set!(LabelValueDefinitionDefaultSetting);
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
::lexgen::string_set!(LabelValueDefinitionSeverity);
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
::lexgen::object! {
    LabelValueDefinition, extra {
        adult_only: optional "adultOnly",
        blurs: required "blurs",
        default_setting: optional "defaultSetting",
        identifier: required "identifier" string { max_length: 100, max_graphemes: 100 },
        locales: required "locales",
        severity: required "severity",
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
::lexgen::object! {
    LabelValueDefinitionStrings, extra {
        description: required "description" string { max_length: 100000, max_graphemes: 10000 },
        lang: required "lang",
        name: required "name" string { max_length: 640, max_graphemes: 64 },
    }
}
#[derive(Clone, PartialEq)]
pub struct SelfLabel {
    pub val: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SelfLabel, extra {
        val: required "val" string { max_length: 128 },
    }
}
#[derive(Clone, PartialEq)]
pub struct SelfLabels {
    pub values: ::std::vec::Vec<SelfLabel>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SelfLabels, extra {
        values: required "values" array { max_length: 10 },
    }
}
::lexgen::via_typed!(
    Label, LabelValue, LabelValueDefinitionBlurs, LabelValueDefinitionDefaultSetting,
    LabelValueDefinitionSeverity, LabelValueDefinition, LabelValueDefinitionStrings,
    SelfLabel, SelfLabels
);
