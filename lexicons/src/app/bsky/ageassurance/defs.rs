// @generated from lexicons/app/bsky/ageassurance/defs.json by cargo xtask codegen
//! `app.bsky.ageassurance.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.defs";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Access {
    /// `unknown`
    Unknown,
    /// `none`
    None,
    /// `safe`
    Safe,
    /// `full`
    Full,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl Access {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::None => "none",
            Self::Safe => "safe",
            Self::Full => "full",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for Access {
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
                "unknown" => Self::Unknown,
                "none" => Self::None,
                "safe" => Self::Safe,
                "full" => Self::Full,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(Access);
impl ::lexgen::xrpc::Param for Access {}
#[derive(Clone, PartialEq)]
pub struct Config {
    pub regions: ::std::vec::Vec<ConfigRegion>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Config, extra {
        regions: required "regions",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ConfigRegionAdditionalVerificationMethodsItem {
    /// `device`
    Device,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ConfigRegionAdditionalVerificationMethodsItem {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Device => "device",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ConfigRegionAdditionalVerificationMethodsItem {
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
                "device" => Self::Device,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ConfigRegionAdditionalVerificationMethodsItem);
impl ::lexgen::xrpc::Param for ConfigRegionAdditionalVerificationMethodsItem {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ConfigRegionPlatformsItem {
    /// `web`
    Web,
    /// `ios`
    Ios,
    /// `android`
    Android,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ConfigRegionPlatformsItem {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "web",
            Self::Ios => "ios",
            Self::Android => "android",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ConfigRegionPlatformsItem {
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
                "web" => Self::Web,
                "ios" => Self::Ios,
                "android" => Self::Android,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ConfigRegionPlatformsItem);
impl ::lexgen::xrpc::Param for ConfigRegionPlatformsItem {}
#[derive(Clone, PartialEq)]
pub enum ConfigRegionRulesItem {
    /// `app.bsky.ageassurance.defs#configRegionRuleDefault`
    ConfigRegionRuleDefault(::std::boxed::Box<ConfigRegionRuleDefault>),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge`
    ConfigRegionRuleIfDeclaredOverAge(
        ::std::boxed::Box<ConfigRegionRuleIfDeclaredOverAge>,
    ),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge`
    ConfigRegionRuleIfDeclaredUnderAge(
        ::std::boxed::Box<ConfigRegionRuleIfDeclaredUnderAge>,
    ),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge`
    ConfigRegionRuleIfAssuredOverAge(
        ::std::boxed::Box<ConfigRegionRuleIfAssuredOverAge>,
    ),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge`
    ConfigRegionRuleIfAssuredUnderAge(
        ::std::boxed::Box<ConfigRegionRuleIfAssuredUnderAge>,
    ),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan`
    ConfigRegionRuleIfAccountNewerThan(
        ::std::boxed::Box<ConfigRegionRuleIfAccountNewerThan>,
    ),
    /// `app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan`
    ConfigRegionRuleIfAccountOlderThan(
        ::std::boxed::Box<ConfigRegionRuleIfAccountOlderThan>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ConfigRegionRulesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.ageassurance.defs#configRegionRuleDefault" => {
                ::lexgen::typed::member(map, path).map(Self::ConfigRegionRuleDefault)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfDeclaredOverAge)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfDeclaredUnderAge)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfAssuredOverAge)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfAssuredUnderAge)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfAccountNewerThan)
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan" => {
                ::lexgen::typed::member(map, path)
                    .map(Self::ConfigRegionRuleIfAccountOlderThan)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ConfigRegionRuleDefault(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleDefault",
                )
            }
            Self::ConfigRegionRuleIfDeclaredOverAge(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge",
                )
            }
            Self::ConfigRegionRuleIfDeclaredUnderAge(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge",
                )
            }
            Self::ConfigRegionRuleIfAssuredOverAge(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge",
                )
            }
            Self::ConfigRegionRuleIfAssuredUnderAge(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge",
                )
            }
            Self::ConfigRegionRuleIfAccountNewerThan(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan",
                )
            }
            Self::ConfigRegionRuleIfAccountOlderThan(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRulesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ConfigRegionRuleDefault(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfDeclaredOverAge(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfDeclaredUnderAge(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfAssuredOverAge(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfAssuredUnderAge(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfAccountNewerThan(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ConfigRegionRuleIfAccountOlderThan(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegion {
    pub additional_verification_methods: ::std::option::Option<
        ::std::vec::Vec<ConfigRegionAdditionalVerificationMethodsItem>,
    >,
    pub country_code: ::std::string::String,
    pub min_access_age: i64,
    pub platforms: ::std::option::Option<::std::vec::Vec<ConfigRegionPlatformsItem>>,
    pub region_code: ::std::option::Option<::std::string::String>,
    pub rules: ::std::vec::Vec<ConfigRegionRulesItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegion, extra {
        additional_verification_methods: optional "additionalVerificationMethods",
        country_code: required "countryCode",
        min_access_age: required "minAccessAge",
        platforms: optional "platforms",
        region_code: optional "regionCode",
        rules: required "rules",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleDefault {
    pub access: Access,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleDefault, extra {
        access: required "access",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfAccountNewerThan {
    pub access: Access,
    pub date: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfAccountNewerThan, extra {
        access: required "access",
        date: required "date",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfAccountOlderThan {
    pub access: Access,
    pub date: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfAccountOlderThan, extra {
        access: required "access",
        date: required "date",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfAssuredOverAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfAssuredOverAge, extra {
        access: required "access",
        age: required "age",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfAssuredUnderAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfAssuredUnderAge, extra {
        access: required "access",
        age: required "age",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfDeclaredOverAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfDeclaredOverAge, extra {
        access: required "access",
        age: required "age",
    }
}
#[derive(Clone, PartialEq)]
pub struct ConfigRegionRuleIfDeclaredUnderAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ConfigRegionRuleIfDeclaredUnderAge, extra {
        access: required "access",
        age: required "age",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum EventAccess {
    /// `unknown`
    Unknown,
    /// `none`
    None,
    /// `safe`
    Safe,
    /// `full`
    Full,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl EventAccess {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::None => "none",
            Self::Safe => "safe",
            Self::Full => "full",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for EventAccess {
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
                "unknown" => Self::Unknown,
                "none" => Self::None,
                "safe" => Self::Safe,
                "full" => Self::Full,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(EventAccess);
impl ::lexgen::xrpc::Param for EventAccess {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum EventStatus {
    /// `unknown`
    Unknown,
    /// `pending`
    Pending,
    /// `assured`
    Assured,
    /// `blocked`
    Blocked,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl EventStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Pending => "pending",
            Self::Assured => "assured",
            Self::Blocked => "blocked",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for EventStatus {
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
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "assured" => Self::Assured,
                "blocked" => Self::Blocked,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(EventStatus);
impl ::lexgen::xrpc::Param for EventStatus {}
#[derive(Clone, PartialEq)]
pub struct Event {
    pub access: EventAccess,
    pub attempt_id: ::std::string::String,
    pub complete_ip: ::std::option::Option<::std::string::String>,
    pub complete_ua: ::std::option::Option<::std::string::String>,
    pub country_code: ::std::string::String,
    pub created_at: ::lexgen::model::Datetime,
    pub email: ::std::option::Option<::std::string::String>,
    pub init_ip: ::std::option::Option<::std::string::String>,
    pub init_ua: ::std::option::Option<::std::string::String>,
    pub region_code: ::std::option::Option<::std::string::String>,
    pub status: EventStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Event, extra {
        access: required "access",
        attempt_id: required "attemptId",
        complete_ip: optional "completeIp",
        complete_ua: optional "completeUa",
        country_code: required "countryCode",
        created_at: required "createdAt",
        email: optional "email",
        init_ip: optional "initIp",
        init_ua: optional "initUa",
        region_code: optional "regionCode",
        status: required "status",
    }
}
#[derive(Clone, PartialEq)]
pub struct State {
    pub access: Access,
    pub last_initiated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub status: Status,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    State, extra {
        access: required "access",
        last_initiated_at: optional "lastInitiatedAt",
        status: required "status",
    }
}
#[derive(Clone, PartialEq)]
pub struct StateMetadata {
    pub account_created_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    StateMetadata, extra {
        account_created_at: optional "accountCreatedAt",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// `unknown`
    Unknown,
    /// `pending`
    Pending,
    /// `assured`
    Assured,
    /// `blocked`
    Blocked,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl Status {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Pending => "pending",
            Self::Assured => "assured",
            Self::Blocked => "blocked",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for Status {
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
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "assured" => Self::Assured,
                "blocked" => Self::Blocked,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(Status);
impl ::lexgen::xrpc::Param for Status {}
::lexgen::via_typed!(
    Access, Config, ConfigRegionAdditionalVerificationMethodsItem,
    ConfigRegionPlatformsItem, ConfigRegionRulesItem, ConfigRegion,
    ConfigRegionRuleDefault, ConfigRegionRuleIfAccountNewerThan,
    ConfigRegionRuleIfAccountOlderThan, ConfigRegionRuleIfAssuredOverAge,
    ConfigRegionRuleIfAssuredUnderAge, ConfigRegionRuleIfDeclaredOverAge,
    ConfigRegionRuleIfDeclaredUnderAge, EventAccess, EventStatus, Event, State,
    StateMetadata, Status
);
