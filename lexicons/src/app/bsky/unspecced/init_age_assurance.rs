// @generated from lexicons/app/bsky/unspecced/initAgeAssurance.json by cargo xtask codegen
//! `app.bsky.unspecced.initAgeAssurance`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.initAgeAssurance";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub country_code: ::std::string::String,
    pub email: ::std::string::String,
    pub language: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Input {
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
        props.required("countryCode", &mut slots.0);
        props.required("email", &mut slots.1);
        props.required("language", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(country_code),
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(language),
            ) => {
                ::std::result::Result::Ok(Self {
                    country_code,
                    email,
                    language,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "countryCode", &self.country_code);
        ::lexgen::typed::put(&mut map, "email", &self.email);
        ::lexgen::typed::put(&mut map, "language", &self.language);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
pub type Output = crate::app::bsky::unspecced::defs::AgeAssuranceState;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidEmail,
    DidTooLong,
    InvalidInitiation,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidEmail => "InvalidEmail",
            Self::DidTooLong => "DidTooLong",
            Self::InvalidInitiation => "InvalidInitiation",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidEmail" => ::std::option::Option::Some(Self::InvalidEmail),
            "DidTooLong" => ::std::option::Option::Some(Self::DidTooLong),
            "InvalidInitiation" => ::std::option::Option::Some(Self::InvalidInitiation),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.unspecced.initAgeAssurance` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InitAgeAssurance;
impl ::lexgen::xrpc::Endpoint for InitAgeAssurance {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
