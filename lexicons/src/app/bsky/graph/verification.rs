// @generated from lexicons/app/bsky/graph/verification.json by cargo xtask codegen
//! `app.bsky.graph.verification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.verification";
#[derive(Clone, Debug, PartialEq)]
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
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            created_at: ::lexgen::typed::required(&mut map, "createdAt", path)?,
            display_name: ::lexgen::typed::required(&mut map, "displayName", path)?,
            handle: ::lexgen::typed::required(&mut map, "handle", path)?,
            subject: ::lexgen::typed::required(&mut map, "subject", path)?,
            extra: map,
        })
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
::lexgen::serde_via_typed!(Verification);
