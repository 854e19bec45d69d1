// @generated from lexicons/com/atproto/moderation/defs.json by cargo xtask codegen
//! `com.atproto.moderation.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.moderation.defs";
pub const REASON_APPEAL: &str = "com.atproto.moderation.defs#reasonAppeal";
pub const REASON_MISLEADING: &str = "com.atproto.moderation.defs#reasonMisleading";
pub const REASON_OTHER: &str = "com.atproto.moderation.defs#reasonOther";
pub const REASON_RUDE: &str = "com.atproto.moderation.defs#reasonRude";
pub const REASON_SEXUAL: &str = "com.atproto.moderation.defs#reasonSexual";
pub const REASON_SPAM: &str = "com.atproto.moderation.defs#reasonSpam";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ReasonType {
    /// `com.atproto.moderation.defs#reasonSpam`
    ReasonSpam,
    /// `com.atproto.moderation.defs#reasonViolation`
    ReasonViolation,
    /// `com.atproto.moderation.defs#reasonMisleading`
    ReasonMisleading,
    /// `com.atproto.moderation.defs#reasonSexual`
    ReasonSexual,
    /// `com.atproto.moderation.defs#reasonRude`
    ReasonRude,
    /// `com.atproto.moderation.defs#reasonOther`
    ReasonOther,
    /// `com.atproto.moderation.defs#reasonAppeal`
    ReasonAppeal,
    /// `tools.ozone.report.defs#reasonAppeal`
    ReasonAppeal2,
    /// `tools.ozone.report.defs#reasonOther`
    ReasonOther2,
    /// `tools.ozone.report.defs#reasonViolenceAnimal`
    ReasonViolenceAnimal,
    /// `tools.ozone.report.defs#reasonViolenceThreats`
    ReasonViolenceThreats,
    /// `tools.ozone.report.defs#reasonViolenceGraphicContent`
    ReasonViolenceGraphicContent,
    /// `tools.ozone.report.defs#reasonViolenceGlorification`
    ReasonViolenceGlorification,
    /// `tools.ozone.report.defs#reasonViolenceExtremistContent`
    ReasonViolenceExtremistContent,
    /// `tools.ozone.report.defs#reasonViolenceTrafficking`
    ReasonViolenceTrafficking,
    /// `tools.ozone.report.defs#reasonViolenceOther`
    ReasonViolenceOther,
    /// `tools.ozone.report.defs#reasonSexualAbuseContent`
    ReasonSexualAbuseContent,
    /// `tools.ozone.report.defs#reasonSexualNCII`
    ReasonSexualNcii,
    /// `tools.ozone.report.defs#reasonSexualDeepfake`
    ReasonSexualDeepfake,
    /// `tools.ozone.report.defs#reasonSexualAnimal`
    ReasonSexualAnimal,
    /// `tools.ozone.report.defs#reasonSexualUnlabeled`
    ReasonSexualUnlabeled,
    /// `tools.ozone.report.defs#reasonSexualOther`
    ReasonSexualOther,
    /// `tools.ozone.report.defs#reasonChildSafetyCSAM`
    ReasonChildSafetyCsam,
    /// `tools.ozone.report.defs#reasonChildSafetyGroom`
    ReasonChildSafetyGroom,
    /// `tools.ozone.report.defs#reasonChildSafetyPrivacy`
    ReasonChildSafetyPrivacy,
    /// `tools.ozone.report.defs#reasonChildSafetyHarassment`
    ReasonChildSafetyHarassment,
    /// `tools.ozone.report.defs#reasonChildSafetyOther`
    ReasonChildSafetyOther,
    /// `tools.ozone.report.defs#reasonHarassmentTroll`
    ReasonHarassmentTroll,
    /// `tools.ozone.report.defs#reasonHarassmentTargeted`
    ReasonHarassmentTargeted,
    /// `tools.ozone.report.defs#reasonHarassmentHateSpeech`
    ReasonHarassmentHateSpeech,
    /// `tools.ozone.report.defs#reasonHarassmentDoxxing`
    ReasonHarassmentDoxxing,
    /// `tools.ozone.report.defs#reasonHarassmentOther`
    ReasonHarassmentOther,
    /// `tools.ozone.report.defs#reasonMisleadingBot`
    ReasonMisleadingBot,
    /// `tools.ozone.report.defs#reasonMisleadingImpersonation`
    ReasonMisleadingImpersonation,
    /// `tools.ozone.report.defs#reasonMisleadingSpam`
    ReasonMisleadingSpam,
    /// `tools.ozone.report.defs#reasonMisleadingScam`
    ReasonMisleadingScam,
    /// `tools.ozone.report.defs#reasonMisleadingElections`
    ReasonMisleadingElections,
    /// `tools.ozone.report.defs#reasonMisleadingOther`
    ReasonMisleadingOther,
    /// `tools.ozone.report.defs#reasonRuleSiteSecurity`
    ReasonRuleSiteSecurity,
    /// `tools.ozone.report.defs#reasonRuleProhibitedSales`
    ReasonRuleProhibitedSales,
    /// `tools.ozone.report.defs#reasonRuleBanEvasion`
    ReasonRuleBanEvasion,
    /// `tools.ozone.report.defs#reasonRuleOther`
    ReasonRuleOther,
    /// `tools.ozone.report.defs#reasonSelfHarmContent`
    ReasonSelfHarmContent,
    /// `tools.ozone.report.defs#reasonSelfHarmED`
    ReasonSelfHarmEd,
    /// `tools.ozone.report.defs#reasonSelfHarmStunts`
    ReasonSelfHarmStunts,
    /// `tools.ozone.report.defs#reasonSelfHarmSubstances`
    ReasonSelfHarmSubstances,
    /// `tools.ozone.report.defs#reasonSelfHarmOther`
    ReasonSelfHarmOther,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ReasonType {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReasonSpam => "com.atproto.moderation.defs#reasonSpam",
            Self::ReasonViolation => "com.atproto.moderation.defs#reasonViolation",
            Self::ReasonMisleading => "com.atproto.moderation.defs#reasonMisleading",
            Self::ReasonSexual => "com.atproto.moderation.defs#reasonSexual",
            Self::ReasonRude => "com.atproto.moderation.defs#reasonRude",
            Self::ReasonOther => "com.atproto.moderation.defs#reasonOther",
            Self::ReasonAppeal => "com.atproto.moderation.defs#reasonAppeal",
            Self::ReasonAppeal2 => "tools.ozone.report.defs#reasonAppeal",
            Self::ReasonOther2 => "tools.ozone.report.defs#reasonOther",
            Self::ReasonViolenceAnimal => "tools.ozone.report.defs#reasonViolenceAnimal",
            Self::ReasonViolenceThreats => {
                "tools.ozone.report.defs#reasonViolenceThreats"
            }
            Self::ReasonViolenceGraphicContent => {
                "tools.ozone.report.defs#reasonViolenceGraphicContent"
            }
            Self::ReasonViolenceGlorification => {
                "tools.ozone.report.defs#reasonViolenceGlorification"
            }
            Self::ReasonViolenceExtremistContent => {
                "tools.ozone.report.defs#reasonViolenceExtremistContent"
            }
            Self::ReasonViolenceTrafficking => {
                "tools.ozone.report.defs#reasonViolenceTrafficking"
            }
            Self::ReasonViolenceOther => "tools.ozone.report.defs#reasonViolenceOther",
            Self::ReasonSexualAbuseContent => {
                "tools.ozone.report.defs#reasonSexualAbuseContent"
            }
            Self::ReasonSexualNcii => "tools.ozone.report.defs#reasonSexualNCII",
            Self::ReasonSexualDeepfake => "tools.ozone.report.defs#reasonSexualDeepfake",
            Self::ReasonSexualAnimal => "tools.ozone.report.defs#reasonSexualAnimal",
            Self::ReasonSexualUnlabeled => {
                "tools.ozone.report.defs#reasonSexualUnlabeled"
            }
            Self::ReasonSexualOther => "tools.ozone.report.defs#reasonSexualOther",
            Self::ReasonChildSafetyCsam => {
                "tools.ozone.report.defs#reasonChildSafetyCSAM"
            }
            Self::ReasonChildSafetyGroom => {
                "tools.ozone.report.defs#reasonChildSafetyGroom"
            }
            Self::ReasonChildSafetyPrivacy => {
                "tools.ozone.report.defs#reasonChildSafetyPrivacy"
            }
            Self::ReasonChildSafetyHarassment => {
                "tools.ozone.report.defs#reasonChildSafetyHarassment"
            }
            Self::ReasonChildSafetyOther => {
                "tools.ozone.report.defs#reasonChildSafetyOther"
            }
            Self::ReasonHarassmentTroll => {
                "tools.ozone.report.defs#reasonHarassmentTroll"
            }
            Self::ReasonHarassmentTargeted => {
                "tools.ozone.report.defs#reasonHarassmentTargeted"
            }
            Self::ReasonHarassmentHateSpeech => {
                "tools.ozone.report.defs#reasonHarassmentHateSpeech"
            }
            Self::ReasonHarassmentDoxxing => {
                "tools.ozone.report.defs#reasonHarassmentDoxxing"
            }
            Self::ReasonHarassmentOther => {
                "tools.ozone.report.defs#reasonHarassmentOther"
            }
            Self::ReasonMisleadingBot => "tools.ozone.report.defs#reasonMisleadingBot",
            Self::ReasonMisleadingImpersonation => {
                "tools.ozone.report.defs#reasonMisleadingImpersonation"
            }
            Self::ReasonMisleadingSpam => "tools.ozone.report.defs#reasonMisleadingSpam",
            Self::ReasonMisleadingScam => "tools.ozone.report.defs#reasonMisleadingScam",
            Self::ReasonMisleadingElections => {
                "tools.ozone.report.defs#reasonMisleadingElections"
            }
            Self::ReasonMisleadingOther => {
                "tools.ozone.report.defs#reasonMisleadingOther"
            }
            Self::ReasonRuleSiteSecurity => {
                "tools.ozone.report.defs#reasonRuleSiteSecurity"
            }
            Self::ReasonRuleProhibitedSales => {
                "tools.ozone.report.defs#reasonRuleProhibitedSales"
            }
            Self::ReasonRuleBanEvasion => "tools.ozone.report.defs#reasonRuleBanEvasion",
            Self::ReasonRuleOther => "tools.ozone.report.defs#reasonRuleOther",
            Self::ReasonSelfHarmContent => {
                "tools.ozone.report.defs#reasonSelfHarmContent"
            }
            Self::ReasonSelfHarmEd => "tools.ozone.report.defs#reasonSelfHarmED",
            Self::ReasonSelfHarmStunts => "tools.ozone.report.defs#reasonSelfHarmStunts",
            Self::ReasonSelfHarmSubstances => {
                "tools.ozone.report.defs#reasonSelfHarmSubstances"
            }
            Self::ReasonSelfHarmOther => "tools.ozone.report.defs#reasonSelfHarmOther",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ReasonType {
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
                "com.atproto.moderation.defs#reasonSpam" => Self::ReasonSpam,
                "com.atproto.moderation.defs#reasonViolation" => Self::ReasonViolation,
                "com.atproto.moderation.defs#reasonMisleading" => Self::ReasonMisleading,
                "com.atproto.moderation.defs#reasonSexual" => Self::ReasonSexual,
                "com.atproto.moderation.defs#reasonRude" => Self::ReasonRude,
                "com.atproto.moderation.defs#reasonOther" => Self::ReasonOther,
                "com.atproto.moderation.defs#reasonAppeal" => Self::ReasonAppeal,
                "tools.ozone.report.defs#reasonAppeal" => Self::ReasonAppeal2,
                "tools.ozone.report.defs#reasonOther" => Self::ReasonOther2,
                "tools.ozone.report.defs#reasonViolenceAnimal" => {
                    Self::ReasonViolenceAnimal
                }
                "tools.ozone.report.defs#reasonViolenceThreats" => {
                    Self::ReasonViolenceThreats
                }
                "tools.ozone.report.defs#reasonViolenceGraphicContent" => {
                    Self::ReasonViolenceGraphicContent
                }
                "tools.ozone.report.defs#reasonViolenceGlorification" => {
                    Self::ReasonViolenceGlorification
                }
                "tools.ozone.report.defs#reasonViolenceExtremistContent" => {
                    Self::ReasonViolenceExtremistContent
                }
                "tools.ozone.report.defs#reasonViolenceTrafficking" => {
                    Self::ReasonViolenceTrafficking
                }
                "tools.ozone.report.defs#reasonViolenceOther" => {
                    Self::ReasonViolenceOther
                }
                "tools.ozone.report.defs#reasonSexualAbuseContent" => {
                    Self::ReasonSexualAbuseContent
                }
                "tools.ozone.report.defs#reasonSexualNCII" => Self::ReasonSexualNcii,
                "tools.ozone.report.defs#reasonSexualDeepfake" => {
                    Self::ReasonSexualDeepfake
                }
                "tools.ozone.report.defs#reasonSexualAnimal" => Self::ReasonSexualAnimal,
                "tools.ozone.report.defs#reasonSexualUnlabeled" => {
                    Self::ReasonSexualUnlabeled
                }
                "tools.ozone.report.defs#reasonSexualOther" => Self::ReasonSexualOther,
                "tools.ozone.report.defs#reasonChildSafetyCSAM" => {
                    Self::ReasonChildSafetyCsam
                }
                "tools.ozone.report.defs#reasonChildSafetyGroom" => {
                    Self::ReasonChildSafetyGroom
                }
                "tools.ozone.report.defs#reasonChildSafetyPrivacy" => {
                    Self::ReasonChildSafetyPrivacy
                }
                "tools.ozone.report.defs#reasonChildSafetyHarassment" => {
                    Self::ReasonChildSafetyHarassment
                }
                "tools.ozone.report.defs#reasonChildSafetyOther" => {
                    Self::ReasonChildSafetyOther
                }
                "tools.ozone.report.defs#reasonHarassmentTroll" => {
                    Self::ReasonHarassmentTroll
                }
                "tools.ozone.report.defs#reasonHarassmentTargeted" => {
                    Self::ReasonHarassmentTargeted
                }
                "tools.ozone.report.defs#reasonHarassmentHateSpeech" => {
                    Self::ReasonHarassmentHateSpeech
                }
                "tools.ozone.report.defs#reasonHarassmentDoxxing" => {
                    Self::ReasonHarassmentDoxxing
                }
                "tools.ozone.report.defs#reasonHarassmentOther" => {
                    Self::ReasonHarassmentOther
                }
                "tools.ozone.report.defs#reasonMisleadingBot" => {
                    Self::ReasonMisleadingBot
                }
                "tools.ozone.report.defs#reasonMisleadingImpersonation" => {
                    Self::ReasonMisleadingImpersonation
                }
                "tools.ozone.report.defs#reasonMisleadingSpam" => {
                    Self::ReasonMisleadingSpam
                }
                "tools.ozone.report.defs#reasonMisleadingScam" => {
                    Self::ReasonMisleadingScam
                }
                "tools.ozone.report.defs#reasonMisleadingElections" => {
                    Self::ReasonMisleadingElections
                }
                "tools.ozone.report.defs#reasonMisleadingOther" => {
                    Self::ReasonMisleadingOther
                }
                "tools.ozone.report.defs#reasonRuleSiteSecurity" => {
                    Self::ReasonRuleSiteSecurity
                }
                "tools.ozone.report.defs#reasonRuleProhibitedSales" => {
                    Self::ReasonRuleProhibitedSales
                }
                "tools.ozone.report.defs#reasonRuleBanEvasion" => {
                    Self::ReasonRuleBanEvasion
                }
                "tools.ozone.report.defs#reasonRuleOther" => Self::ReasonRuleOther,
                "tools.ozone.report.defs#reasonSelfHarmContent" => {
                    Self::ReasonSelfHarmContent
                }
                "tools.ozone.report.defs#reasonSelfHarmED" => Self::ReasonSelfHarmEd,
                "tools.ozone.report.defs#reasonSelfHarmStunts" => {
                    Self::ReasonSelfHarmStunts
                }
                "tools.ozone.report.defs#reasonSelfHarmSubstances" => {
                    Self::ReasonSelfHarmSubstances
                }
                "tools.ozone.report.defs#reasonSelfHarmOther" => {
                    Self::ReasonSelfHarmOther
                }
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ReasonType);
impl ::lexgen::xrpc::Param for ReasonType {}
pub const REASON_VIOLATION: &str = "com.atproto.moderation.defs#reasonViolation";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum SubjectType {
    /// `account`
    Account,
    /// `record`
    Record,
    /// `chat`
    Chat,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl SubjectType {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "account",
            Self::Record => "record",
            Self::Chat => "chat",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for SubjectType {
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
                "account" => Self::Account,
                "record" => Self::Record,
                "chat" => Self::Chat,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(SubjectType);
impl ::lexgen::xrpc::Param for SubjectType {}
::lexgen::via_typed!(ReasonType, SubjectType);
