// @generated from lexicons/com/atproto/lexicon/schema.json by cargo xtask codegen
//! `com.atproto.lexicon.schema`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.lexicon.schema";
#[derive(Clone, PartialEq)]
pub struct Schema {
    pub lexicon: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Schema {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "com.atproto.lexicon.schema",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("lexicon", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(lexicon),) => {
                ::std::result::Result::Ok(Self { lexicon, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "lexicon", &self.lexicon);
        ::lexgen::typed::with_record_type(map, "com.atproto.lexicon.schema")
    }
}
impl ::lexgen::typed::Validate for Schema {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(Schema);
