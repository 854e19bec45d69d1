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
impl ::lexgen::typed::Typed for MatchAndContactIndex {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("contactIndex", &mut slots.0);
        props.required("match", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(contact_index),
                ::std::option::Option::Some(r#match),
            ) => {
                ::std::result::Result::Ok(Self {
                    contact_index,
                    r#match,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "contactIndex", &self.contact_index);
        ::lexgen::typed::put(&mut map, "match", &self.r#match);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for Notification {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("from", &mut slots.0);
        props.required("to", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(from), ::std::option::Option::Some(to)) => {
                ::std::result::Result::Ok(Self { from, to, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "from", &self.from);
        ::lexgen::typed::put(&mut map, "to", &self.to);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for SyncStatus {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("matchesCount", &mut slots.0);
        props.required("syncedAt", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(matches_count),
                ::std::option::Option::Some(synced_at),
            ) => {
                ::std::result::Result::Ok(Self {
                    matches_count,
                    synced_at,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "matchesCount", &self.matches_count);
        ::lexgen::typed::put(&mut map, "syncedAt", &self.synced_at);
        ::lexgen::model::Value::Map(map)
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
