// @generated from lexicons/com/atproto/temp/checkSignupQueue.json by cargo xtask codegen
//! `com.atproto.temp.checkSignupQueue`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.checkSignupQueue";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub activated: bool,
    pub estimated_time_ms: ::std::option::Option<i64>,
    pub place_in_queue: ::std::option::Option<i64>,
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
        ));
        props.required("activated", &mut slots.0);
        props.optional("estimatedTimeMs", &mut slots.1);
        props.optional("placeInQueue", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(activated),
                ::std::option::Option::Some(estimated_time_ms),
                ::std::option::Option::Some(place_in_queue),
            ) => {
                ::std::result::Result::Ok(Self {
                    activated,
                    estimated_time_ms,
                    place_in_queue,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "activated", &self.activated);
        ::lexgen::typed::put_optional(
            &mut map,
            "estimatedTimeMs",
            &self.estimated_time_ms,
        );
        ::lexgen::typed::put_optional(&mut map, "placeInQueue", &self.place_in_queue);
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
/// The `com.atproto.temp.checkSignupQueue` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckSignupQueue;
impl ::lexgen::xrpc::Endpoint for CheckSignupQueue {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
