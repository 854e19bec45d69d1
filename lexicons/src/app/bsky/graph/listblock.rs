// @generated from lexicons/app/bsky/graph/listblock.json by cargo xtask codegen
//! `app.bsky.graph.listblock`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.listblock";
#[derive(Clone, PartialEq)]
pub struct Listblock {
    pub created_at: ::lexgen::model::Datetime,
    pub subject: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Listblock {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.graph.listblock",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.required("subject", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(subject),
            ) => ::std::result::Result::Ok(Self { created_at, subject, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::typed::with_record_type(map, "app.bsky.graph.listblock")
    }
}
impl ::lexgen::typed::Validate for Listblock {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(Listblock);
