// @generated from lexicons/app/bsky/contact/defs.json by cargo xtask codegen
//! `app.bsky.contact.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.defs";
#[derive(Clone, PartialEq)]
pub struct MatchAndContactIndex {
    pub contact_index: i64,
    pub r#match: crate::app::bsky::actor::defs::ProfileView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    MatchAndContactIndex, extra {
        contact_index: required "contactIndex",
        r#match: required "match",
    }
}
impl ::lexgen::typed::Validate for MatchAndContactIndex {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.contact_index;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::Some(999i64),
                path.key("contactIndex"),
                out,
            );
        }
        {
            let v = &self.r#match;
            ::lexgen::typed::Validate::validate_at(v, path.key("match"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Notification {
    pub from: ::lexgen::model::Did,
    pub to: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Notification, extra {
        from: required "from",
        to: required "to",
    }
}
impl ::lexgen::typed::Validate for Notification {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SyncStatus {
    pub matches_count: i64,
    pub synced_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SyncStatus, extra {
        matches_count: required "matchesCount",
        synced_at: required "syncedAt",
    }
}
impl ::lexgen::typed::Validate for SyncStatus {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.matches_count;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("matchesCount"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(MatchAndContactIndex, Notification, SyncStatus);
