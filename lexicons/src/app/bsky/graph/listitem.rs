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
        let created_at = props.required("createdAt");
        let list = props.required("list");
        let subject = props.required("subject");
        let (
            ::std::option::Option::Some(created_at),
            ::std::option::Option::Some(list),
            ::std::option::Option::Some(subject),
        ) = (created_at, list, subject) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            created_at,
            list,
            subject,
            extra: props.rest(),
        })
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
