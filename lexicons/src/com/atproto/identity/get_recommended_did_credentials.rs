// @generated from lexicons/com/atproto/identity/getRecommendedDidCredentials.json by cargo xtask codegen
//! `com.atproto.identity.getRecommendedDidCredentials`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.getRecommendedDidCredentials";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub also_known_as: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub rotation_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub services: ::std::option::Option<::lexgen::model::Map>,
    pub verification_methods: ::std::option::Option<::lexgen::model::Map>,
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
        ));
        props.optional("alsoKnownAs", &mut slots.0);
        props.optional("rotationKeys", &mut slots.1);
        props.optional("services", &mut slots.2);
        props.optional("verificationMethods", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(also_known_as),
                ::std::option::Option::Some(rotation_keys),
                ::std::option::Option::Some(services),
                ::std::option::Option::Some(verification_methods),
            ) => {
                ::std::result::Result::Ok(Self {
                    also_known_as,
                    rotation_keys,
                    services,
                    verification_methods,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "alsoKnownAs", &self.also_known_as);
        ::lexgen::typed::put_optional(&mut map, "rotationKeys", &self.rotation_keys);
        ::lexgen::typed::put_optional(&mut map, "services", &self.services);
        ::lexgen::typed::put_optional(
            &mut map,
            "verificationMethods",
            &self.verification_methods,
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
/// The `com.atproto.identity.getRecommendedDidCredentials` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRecommendedDidCredentials;
impl ::lexgen::xrpc::Endpoint for GetRecommendedDidCredentials {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
