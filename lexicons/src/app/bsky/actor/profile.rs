// @generated from lexicons/app/bsky/actor/profile.json by cargo xtask codegen
//! `app.bsky.actor.profile`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.profile";
#[derive(Clone, PartialEq)]
pub enum ProfileLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ProfileLabels {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.label.defs#selfLabels" => {
                ::lexgen::typed::member(map, path).map(Self::DefsSelfLabels)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.label.defs#selfLabels")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ProfileLabels {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Profile {
    pub avatar: ::std::option::Option<::lexgen::model::BlobRef>,
    pub banner: ::std::option::Option<::lexgen::model::BlobRef>,
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub joined_via_starter_pack: ::std::option::Option<
        crate::com::atproto::repo::strong_ref::StrongRef,
    >,
    pub labels: ::std::option::Option<ProfileLabels>,
    pub pinned_post: ::std::option::Option<
        crate::com::atproto::repo::strong_ref::StrongRef,
    >,
    pub pronouns: ::std::option::Option<::std::string::String>,
    pub website: ::std::option::Option<::lexgen::model::Uri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Profile = "app.bsky.actor.profile", extra {
        avatar: optional "avatar" blob { accept: &["image/png", "image/jpeg"], max_size: 1000000 },
        banner: optional "banner" blob { accept: &["image/png", "image/jpeg"], max_size: 1000000 },
        created_at: optional "createdAt",
        description: optional "description" string { max_length: 2560, max_graphemes: 256 },
        display_name: optional "displayName" string { max_length: 640, max_graphemes: 64 },
        joined_via_starter_pack: optional "joinedViaStarterPack",
        labels: optional "labels",
        pinned_post: optional "pinnedPost",
        pronouns: optional "pronouns" string { max_length: 200, max_graphemes: 20 },
        website: optional "website",
    }
}
::lexgen::via_typed!(ProfileLabels, Profile);
