// @generated from lexicons/app/bsky/actor/status.json by cargo xtask codegen
//! `app.bsky.actor.status`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.status";
pub const LIVE: &str = "app.bsky.actor.status#live";
#[derive(Clone, PartialEq)]
pub enum StatusEmbed {
    /// `app.bsky.embed.external`
    External(::std::boxed::Box<crate::app::bsky::embed::external::External>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for StatusEmbed {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.external" => {
                ::lexgen::typed::member(map, path).map(Self::External)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::External(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for StatusEmbed {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::External(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum StatusStatus {
    /// `app.bsky.actor.status#live`
    Live,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl StatusStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Live => "app.bsky.actor.status#live",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for StatusStatus {
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
                "app.bsky.actor.status#live" => Self::Live,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(StatusStatus);
impl ::lexgen::xrpc::Param for StatusStatus {}
#[derive(Clone, PartialEq)]
pub struct Status {
    pub created_at: ::lexgen::model::Datetime,
    pub duration_minutes: ::std::option::Option<i64>,
    pub embed: ::std::option::Option<StatusEmbed>,
    pub status: StatusStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Status = "app.bsky.actor.status", extra {
        created_at: required "createdAt",
        duration_minutes: optional "durationMinutes" integer { minimum: 1 },
        embed: optional "embed",
        status: required "status",
    }
}
::lexgen::via_typed!(StatusEmbed, StatusStatus, Status);
