// @generated from lexicons/com/atproto/identity/defs.json by cargo xtask codegen
//! `com.atproto.identity.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.defs";
#[derive(Clone, PartialEq)]
pub struct IdentityInfo {
    pub did: ::lexgen::model::Did,
    pub did_doc: ::lexgen::model::Map,
    pub handle: ::lexgen::model::Handle,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for IdentityInfo {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("did", &mut slots.0);
        props.required("didDoc", &mut slots.1);
        props.required("handle", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(did_doc),
                ::std::option::Option::Some(handle),
            ) => {
                ::std::result::Result::Ok(Self {
                    did,
                    did_doc,
                    handle,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put(&mut map, "didDoc", &self.did_doc);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for IdentityInfo {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(IdentityInfo);
