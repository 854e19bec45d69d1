// @generated from lexicons/app/bsky/notification/declaration.json by cargo xtask codegen
//! `app.bsky.notification.declaration`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.declaration";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum DeclarationAllowSubscriptions {
    /// `followers`
    Followers,
    /// `mutuals`
    Mutuals,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl DeclarationAllowSubscriptions {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Followers => "followers",
            Self::Mutuals => "mutuals",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for DeclarationAllowSubscriptions {
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
                "followers" => Self::Followers,
                "mutuals" => Self::Mutuals,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(DeclarationAllowSubscriptions);
impl ::lexgen::xrpc::Param for DeclarationAllowSubscriptions {}
#[derive(Clone, PartialEq)]
pub struct Declaration {
    pub allow_subscriptions: DeclarationAllowSubscriptions,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Declaration = "app.bsky.notification.declaration", extra {
        allow_subscriptions: required "allowSubscriptions",
    }
}
::lexgen::via_typed!(DeclarationAllowSubscriptions, Declaration);
