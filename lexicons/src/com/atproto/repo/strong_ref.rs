// @generated from lexicons/com/atproto/repo/strongRef.json by cargo xtask codegen
//! `com.atproto.repo.strongRef`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.strongRef";
#[derive(Clone, PartialEq)]
pub struct StrongRef {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for StrongRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("cid", &mut slots.0);
        props.required("uri", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(cid), ::std::option::Option::Some(uri)) => {
                ::std::result::Result::Ok(Self { cid, uri, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StrongRef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.cid;
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
    }
}
::lexgen::via_typed!(StrongRef);
