// @generated from lexicons/app/bsky/graph/listitem.json by cargo xtask codegen
//! `app.bsky.graph.listitem`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.listitem";
#[derive(Clone, PartialEq)]
pub struct Listitem {
    pub created_at: ::lexgen::model::Datetime,
    pub list: ::lexgen::model::AtUri,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Listitem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.graph.listitem",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.required("list", &mut slots.1);
        props.required("subject", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(list),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    list,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "list", &self.list);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::typed::with_record_type(map, "app.bsky.graph.listitem")
    }
}
impl ::lexgen::typed::Validate for Listitem {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(Listitem);
