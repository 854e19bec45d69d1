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
impl ::lexgen::typed::Typed for Service {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.labeler.service",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.optional("labels", &mut slots.1);
        props.required("policies", &mut slots.2);
        props.optional("reasonTypes", &mut slots.3);
        props.optional("subjectCollections", &mut slots.4);
        props.optional("subjectTypes", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(policies),
                ::std::option::Option::Some(reason_types),
                ::std::option::Option::Some(subject_collections),
                ::std::option::Option::Some(subject_types),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    labels,
                    policies,
                    reason_types,
                    subject_collections,
                    subject_types,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put(&mut map, "policies", &self.policies);
        ::lexgen::typed::put_optional(&mut map, "reasonTypes", &self.reason_types);
        ::lexgen::typed::put_optional(
            &mut map,
            "subjectCollections",
            &self.subject_collections,
        );
        ::lexgen::typed::put_optional(&mut map, "subjectTypes", &self.subject_types);
        ::lexgen::typed::with_record_type(map, "app.bsky.labeler.service")
    }
}
impl ::lexgen::typed::Validate for Service {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.labels {
            ::lexgen::typed::Validate::validate_at(v, path.key("labels"), out);
        }
        {
            let v = &self.policies;
            ::lexgen::typed::Validate::validate_at(v, path.key("policies"), out);
        }
    }
}
::lexgen::via_typed!(ServiceLabels, Service);
