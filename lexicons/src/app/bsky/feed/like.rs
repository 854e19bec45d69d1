// @generated from lexicons/app/bsky/feed/like.json by cargo xtask codegen
//! `app.bsky.feed.like`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.like";
#[derive(Clone, PartialEq)]
pub struct Like {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: crate::com::atproto::repo::strong_ref::StrongRef,
    pub via: ::std::option::Option<crate::com::atproto::repo::strong_ref::StrongRef>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Like {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.feed.like",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.required("subject", &mut slots.1);
        props.optional("via", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(subject),
                ::std::option::Option::Some(via),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    subject,
                    via,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::typed::put_optional(&mut map, "via", &self.via);
        ::lexgen::typed::with_record_type(map, "app.bsky.feed.like")
    }
}
impl ::lexgen::typed::Validate for Like {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
        if let ::std::option::Option::Some(v) = &self.via {
            ::lexgen::typed::Validate::validate_at(v, path.key("via"), out);
        }
    }
}
::lexgen::via_typed!(Like);
