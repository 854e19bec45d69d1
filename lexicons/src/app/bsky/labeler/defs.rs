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
        cid: required "cid" string { cid: true },
        creator: required "creator",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount" integer { minimum: 0 },
        uri: required "uri",
        viewer: optional "viewer",
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
        cid: required "cid" string { cid: true },
        creator: required "creator",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount" integer { minimum: 0 },
        policies: required "policies",
        reason_types: optional "reasonTypes",
        subject_collections: optional "subjectCollections",
        subject_types: optional "subjectTypes",
        uri: required "uri",
        viewer: optional "viewer",
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
::lexgen::via_typed!(
    LabelerPolicies, LabelerView, LabelerViewDetailed, LabelerViewerState
);
