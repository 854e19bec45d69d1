// @generated from lexicons/app/bsky/labeler/service.json by cargo xtask codegen
//! `app.bsky.labeler.service`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.labeler.service";
#[derive(Clone, PartialEq)]
pub enum ServiceLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ServiceLabels {
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
impl ::lexgen::typed::Validate for ServiceLabels {
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
pub struct Service {
    pub created_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<ServiceLabels>,
    pub policies: crate::app::bsky::labeler::defs::LabelerPolicies,
    pub reason_types: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::moderation::defs::ReasonType>,
    >,
    pub subject_collections: ::std::option::Option<
        ::std::vec::Vec<::lexgen::model::Nsid>,
    >,
    pub subject_types: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::moderation::defs::SubjectType>,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Service = "app.bsky.labeler.service", extra {
        created_at: required "createdAt",
        labels: optional "labels",
        policies: required "policies",
        reason_types: optional "reasonTypes",
        subject_collections: optional "subjectCollections",
        subject_types: optional "subjectTypes",
    }
}
::lexgen::via_typed!(ServiceLabels, Service);
