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
::lexgen::object! {
    LabelerPolicies, extra {
        label_value_definitions: optional "labelValueDefinitions",
        label_values: required "labelValues",
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
::lexgen::object! {
    LabelerView, extra {
        cid: required "cid",
        creator: required "creator",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount",
        uri: required "uri",
        viewer: optional "viewer",
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
::lexgen::object! {
    LabelerViewDetailed, extra {
        cid: required "cid",
        creator: required "creator",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount",
        policies: required "policies",
        reason_types: optional "reasonTypes",
        subject_collections: optional "subjectCollections",
        subject_types: optional "subjectTypes",
        uri: required "uri",
        viewer: optional "viewer",
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
::lexgen::object! {
    LabelerViewerState, extra {
        like: optional "like",
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
