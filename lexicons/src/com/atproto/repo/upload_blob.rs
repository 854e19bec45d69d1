// @generated from lexicons/com/atproto/repo/uploadBlob.json by cargo xtask codegen
//! `com.atproto.repo.uploadBlob`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.uploadBlob";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// A `*/*` body.
pub type Input = ::lexgen::xrpc::Binary;
#[derive(Clone, PartialEq)]
pub struct Output {
    pub blob: ::lexgen::model::BlobRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Output {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("blob", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(blob),) => {
                ::std::result::Result::Ok(Self { blob, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "blob", &self.blob);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.blob;
            ::lexgen::typed::check::blob(
                v,
                &[],
                ::std::option::Option::None,
                path.key("blob"),
                out,
            );
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.uploadBlob` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UploadBlob;
impl ::lexgen::xrpc::Endpoint for UploadBlob {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
