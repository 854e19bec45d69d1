// @generated from lexicons/com/atproto/sync/defs.json by cargo xtask codegen
//! `com.atproto.sync.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.defs";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum HostStatus {
    /// `active`
    Active,
    /// `idle`
    Idle,
    /// `offline`
    Offline,
    /// `throttled`
    Throttled,
    /// `banned`
    Banned,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl HostStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Idle => "idle",
            Self::Offline => "offline",
            Self::Throttled => "throttled",
            Self::Banned => "banned",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for HostStatus {
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
                "active" => Self::Active,
                "idle" => Self::Idle,
                "offline" => Self::Offline,
                "throttled" => Self::Throttled,
                "banned" => Self::Banned,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(HostStatus);
impl ::lexgen::xrpc::Param for HostStatus {}
::lexgen::via_typed!(HostStatus);
