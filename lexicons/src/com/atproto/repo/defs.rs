// @generated from lexicons/com/atproto/repo/defs.json by cargo xtask codegen
//! `com.atproto.repo.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.defs";
#[derive(Clone, PartialEq)]
pub struct CommitMeta {
    pub cid: ::lexgen::model::CidString,
    pub rev: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for CommitMeta {
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
        props.required("rev", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(cid), ::std::option::Option::Some(rev)) => {
                ::std::result::Result::Ok(Self { cid, rev, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "rev", &self.rev);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for CommitMeta {
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
::lexgen::via_typed!(CommitMeta);
