// @generated from lexicons/app/bsky/ageassurance/defs.json by cargo xtask codegen
//! `app.bsky.ageassurance.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.defs";
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for Access {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for Access {}
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub regions: ::std::vec::Vec<ConfigRegion>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Config {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            regions: ::lexgen::typed::required(&mut map, "regions", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "regions", &self.regions);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Config {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.regions;
            {
                let p0 = path.key("regions");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for ConfigRegionAdditionalVerificationMethodsItem {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ConfigRegionAdditionalVerificationMethodsItem {}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for ConfigRegionPlatformsItem {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ConfigRegionPlatformsItem {}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleDefault(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfDeclaredOverAge(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfDeclaredUnderAge(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfAssuredOverAge(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfAssuredUnderAge(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfAccountNewerThan(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan" => {
                ::std::result::Result::Ok(
                    Self::ConfigRegionRuleIfAccountOlderThan(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfDeclaredOverAge(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfDeclaredUnderAge(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfAssuredOverAge(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfAssuredUnderAge(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfAccountNewerThan(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ConfigRegionRuleIfAccountOlderThan(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
impl ::lexgen::typed::Typed for ConfigRegion {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            additional_verification_methods: ::lexgen::typed::optional(
                &mut map,
                "additionalVerificationMethods",
                path,
            )?,
            country_code: ::lexgen::typed::required(&mut map, "countryCode", path)?,
            min_access_age: ::lexgen::typed::required(&mut map, "minAccessAge", path)?,
            platforms: ::lexgen::typed::optional(&mut map, "platforms", path)?,
            region_code: ::lexgen::typed::optional(&mut map, "regionCode", path)?,
            rules: ::lexgen::typed::required(&mut map, "rules", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "additionalVerificationMethods",
            &self.additional_verification_methods,
        );
        ::lexgen::typed::put(&mut map, "countryCode", &self.country_code);
        ::lexgen::typed::put(&mut map, "minAccessAge", &self.min_access_age);
        ::lexgen::typed::put_optional(&mut map, "platforms", &self.platforms);
        ::lexgen::typed::put_optional(&mut map, "regionCode", &self.region_code);
        ::lexgen::typed::put(&mut map, "rules", &self.rules);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegion {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.rules;
            {
                let p0 = path.key("rules");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleDefault {
    pub access: Access,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleDefault {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleDefault {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfAccountNewerThan {
    pub access: Access,
    pub date: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfAccountNewerThan {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            date: ::lexgen::typed::required(&mut map, "date", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "date", &self.date);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfAccountNewerThan {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfAccountOlderThan {
    pub access: Access,
    pub date: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfAccountOlderThan {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            date: ::lexgen::typed::required(&mut map, "date", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "date", &self.date);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfAccountOlderThan {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfAssuredOverAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfAssuredOverAge {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            age: ::lexgen::typed::required(&mut map, "age", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "age", &self.age);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfAssuredOverAge {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfAssuredUnderAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfAssuredUnderAge {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            age: ::lexgen::typed::required(&mut map, "age", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "age", &self.age);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfAssuredUnderAge {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfDeclaredOverAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfDeclaredOverAge {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            age: ::lexgen::typed::required(&mut map, "age", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "age", &self.age);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfDeclaredOverAge {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigRegionRuleIfDeclaredUnderAge {
    pub access: Access,
    pub age: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ConfigRegionRuleIfDeclaredUnderAge {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            age: ::lexgen::typed::required(&mut map, "age", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "age", &self.age);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ConfigRegionRuleIfDeclaredUnderAge {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for EventAccess {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for EventAccess {}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for EventStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for EventStatus {}
#[derive(Clone, Debug, PartialEq)]
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
impl ::lexgen::typed::Typed for Event {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            attempt_id: ::lexgen::typed::required(&mut map, "attemptId", path)?,
            complete_ip: ::lexgen::typed::optional(&mut map, "completeIp", path)?,
            complete_ua: ::lexgen::typed::optional(&mut map, "completeUa", path)?,
            country_code: ::lexgen::typed::required(&mut map, "countryCode", path)?,
            created_at: ::lexgen::typed::required(&mut map, "createdAt", path)?,
            email: ::lexgen::typed::optional(&mut map, "email", path)?,
            init_ip: ::lexgen::typed::optional(&mut map, "initIp", path)?,
            init_ua: ::lexgen::typed::optional(&mut map, "initUa", path)?,
            region_code: ::lexgen::typed::optional(&mut map, "regionCode", path)?,
            status: ::lexgen::typed::required(&mut map, "status", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put(&mut map, "attemptId", &self.attempt_id);
        ::lexgen::typed::put_optional(&mut map, "completeIp", &self.complete_ip);
        ::lexgen::typed::put_optional(&mut map, "completeUa", &self.complete_ua);
        ::lexgen::typed::put(&mut map, "countryCode", &self.country_code);
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::typed::put_optional(&mut map, "initIp", &self.init_ip);
        ::lexgen::typed::put_optional(&mut map, "initUa", &self.init_ua);
        ::lexgen::typed::put_optional(&mut map, "regionCode", &self.region_code);
        ::lexgen::typed::put(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Event {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub access: Access,
    pub last_initiated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub status: Status,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for State {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            access: ::lexgen::typed::required(&mut map, "access", path)?,
            last_initiated_at: ::lexgen::typed::optional(
                &mut map,
                "lastInitiatedAt",
                path,
            )?,
            status: ::lexgen::typed::required(&mut map, "status", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "access", &self.access);
        ::lexgen::typed::put_optional(
            &mut map,
            "lastInitiatedAt",
            &self.last_initiated_at,
        );
        ::lexgen::typed::put(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for State {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct StateMetadata {
    pub account_created_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for StateMetadata {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            account_created_at: ::lexgen::typed::optional(
                &mut map,
                "accountCreatedAt",
                path,
            )?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "accountCreatedAt",
            &self.account_created_at,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StateMetadata {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for Status {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for Status {}
::lexgen::serde_via_typed!(
    Access, Config, ConfigRegionAdditionalVerificationMethodsItem,
    ConfigRegionPlatformsItem, ConfigRegionRulesItem, ConfigRegion,
    ConfigRegionRuleDefault, ConfigRegionRuleIfAccountNewerThan,
    ConfigRegionRuleIfAccountOlderThan, ConfigRegionRuleIfAssuredOverAge,
    ConfigRegionRuleIfAssuredUnderAge, ConfigRegionRuleIfDeclaredOverAge,
    ConfigRegionRuleIfDeclaredUnderAge, EventAccess, EventStatus, Event, State,
    StateMetadata, Status
);
