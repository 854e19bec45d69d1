// @generated from lexicons/app/bsky/graph/verification.json by cargo xtask codegen
//! `app.bsky.graph.verification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.verification";
#[derive(Clone, PartialEq)]
pub struct Verification {
    pub created_at: ::lexgen::model::Datetime,
    pub display_name: ::std::string::String,
    pub handle: ::lexgen::model::Handle,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Verification {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.graph.verification",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.required("displayName", &mut slots.1);
        props.required("handle", &mut slots.2);
        props.required("subject", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    display_name,
                    handle,
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
        ::lexgen::typed::put(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::typed::with_record_type(map, "app.bsky.graph.verification")
    }
}
impl ::lexgen::typed::Validate for Verification {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(Verification);
