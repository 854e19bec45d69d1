// @generated from lexicons/app/bsky/video/getUploadLimits.json by cargo xtask codegen
//! `app.bsky.video.getUploadLimits`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.getUploadLimits";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub can_upload: bool,
    pub error: ::std::option::Option<::std::string::String>,
    pub message: ::std::option::Option<::std::string::String>,
    pub remaining_daily_bytes: ::std::option::Option<i64>,
    pub remaining_daily_videos: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Output {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("canUpload", &mut slots.0);
        props.optional("error", &mut slots.1);
        props.optional("message", &mut slots.2);
        props.optional("remainingDailyBytes", &mut slots.3);
        props.optional("remainingDailyVideos", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(can_upload),
                ::std::option::Option::Some(error),
                ::std::option::Option::Some(message),
                ::std::option::Option::Some(remaining_daily_bytes),
                ::std::option::Option::Some(remaining_daily_videos),
            ) => {
                ::std::result::Result::Ok(Self {
                    can_upload,
                    error,
                    message,
                    remaining_daily_bytes,
                    remaining_daily_videos,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "canUpload", &self.can_upload);
        ::lexgen::typed::put_optional(&mut map, "error", &self.error);
        ::lexgen::typed::put_optional(&mut map, "message", &self.message);
        ::lexgen::typed::put_optional(
            &mut map,
            "remainingDailyBytes",
            &self.remaining_daily_bytes,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "remainingDailyVideos",
            &self.remaining_daily_videos,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.video.getUploadLimits` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetUploadLimits;
impl ::lexgen::xrpc::Endpoint for GetUploadLimits {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
