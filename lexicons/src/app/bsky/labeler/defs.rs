// @generated from lexicons/app/bsky/labeler/defs.json by cargo xtask codegen
//! `app.bsky.labeler.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.labeler.defs";
#[derive(Clone, PartialEq)]
pub struct LabelerPolicies {
    pub label_value_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::LabelValueDefinition>,
    >,
    pub label_values: ::std::vec::Vec<crate::com::atproto::label::defs::LabelValue>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelerPolicies {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("labelValueDefinitions", &mut slots.0);
        props.required("labelValues", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(label_value_definitions),
                ::std::option::Option::Some(label_values),
            ) => {
                ::std::result::Result::Ok(Self {
                    label_value_definitions,
                    label_values,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "labelValueDefinitions",
            &self.label_value_definitions,
        );
        ::lexgen::typed::put(&mut map, "labelValues", &self.label_values);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelerPolicies {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.label_value_definitions {
            {
                let p0 = path.key("labelValueDefinitions");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LabelerView {
    pub cid: ::lexgen::model::CidString,
    pub creator: crate::app::bsky::actor::defs::ProfileView,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub like_count: ::std::option::Option<i64>,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<LabelerViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelerView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("creator", &mut slots.1);
        props.required("indexedAt", &mut slots.2);
        props.optional("labels", &mut slots.3);
        props.optional("likeCount", &mut slots.4);
        props.required("uri", &mut slots.5);
        props.optional("viewer", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(creator),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(like_count),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    creator,
                    indexed_at,
                    labels,
                    like_count,
                    uri,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "likeCount", &self.like_count);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelerView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.like_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("likeCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LabelerViewDetailed {
    pub cid: ::lexgen::model::CidString,
    pub creator: crate::app::bsky::actor::defs::ProfileView,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub like_count: ::std::option::Option<i64>,
    pub policies: LabelerPolicies,
    pub reason_types: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::moderation::defs::ReasonType>,
    >,
    pub subject_collections: ::std::option::Option<
        ::std::vec::Vec<::lexgen::model::Nsid>,
    >,
    pub subject_types: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::moderation::defs::SubjectType>,
    >,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<LabelerViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelerViewDetailed {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("creator", &mut slots.1);
        props.required("indexedAt", &mut slots.2);
        props.optional("labels", &mut slots.3);
        props.optional("likeCount", &mut slots.4);
        props.required("policies", &mut slots.5);
        props.optional("reasonTypes", &mut slots.6);
        props.optional("subjectCollections", &mut slots.7);
        props.optional("subjectTypes", &mut slots.8);
        props.required("uri", &mut slots.9);
        props.optional("viewer", &mut slots.10);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(creator),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(like_count),
                ::std::option::Option::Some(policies),
                ::std::option::Option::Some(reason_types),
                ::std::option::Option::Some(subject_collections),
                ::std::option::Option::Some(subject_types),
                ::std::option::Option::Some(uri),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    cid,
                    creator,
                    indexed_at,
                    labels,
                    like_count,
                    policies,
                    reason_types,
                    subject_collections,
                    subject_types,
                    uri,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "likeCount", &self.like_count);
        ::lexgen::typed::put(&mut map, "policies", &self.policies);
        ::lexgen::typed::put_optional(&mut map, "reasonTypes", &self.reason_types);
        ::lexgen::typed::put_optional(
            &mut map,
            "subjectCollections",
            &self.subject_collections,
        );
        ::lexgen::typed::put_optional(&mut map, "subjectTypes", &self.subject_types);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelerViewDetailed {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.like_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("likeCount"),
                out,
            );
        }
        {
            let v = &self.policies;
            ::lexgen::typed::Validate::validate_at(v, path.key("policies"), out);
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LabelerViewerState {
    pub like: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for LabelerViewerState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.optional("like", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(like),) => {
                ::std::result::Result::Ok(Self { like, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "like", &self.like);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for LabelerViewerState {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(
    LabelerPolicies, LabelerView, LabelerViewDetailed, LabelerViewerState
);
