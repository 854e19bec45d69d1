// @generated from lexicons/com/atproto/server/describeServer.json by cargo xtask codegen
//! `com.atproto.server.describeServer`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.describeServer";
#[derive(Clone, PartialEq)]
pub struct Contact {
    pub email: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Contact {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.optional("email", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(email),) => {
                ::std::result::Result::Ok(Self { email, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Contact {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct Links {
    pub privacy_policy: ::std::option::Option<::lexgen::model::Uri>,
    pub terms_of_service: ::std::option::Option<::lexgen::model::Uri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Links {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("privacyPolicy", &mut slots.0);
        props.optional("termsOfService", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(privacy_policy),
                ::std::option::Option::Some(terms_of_service),
            ) => {
                ::std::result::Result::Ok(Self {
                    privacy_policy,
                    terms_of_service,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "privacyPolicy", &self.privacy_policy);
        ::lexgen::typed::put_optional(
            &mut map,
            "termsOfService",
            &self.terms_of_service,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Links {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub available_user_domains: ::std::vec::Vec<::std::string::String>,
    pub blob_upload_limit: ::std::option::Option<i64>,
    pub contact: ::std::option::Option<Contact>,
    pub did: ::lexgen::model::Did,
    pub invite_code_required: ::std::option::Option<bool>,
    pub links: ::std::option::Option<Links>,
    pub phone_verification_required: ::std::option::Option<bool>,
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
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("availableUserDomains", &mut slots.0);
        props.optional("blobUploadLimit", &mut slots.1);
        props.optional("contact", &mut slots.2);
        props.required("did", &mut slots.3);
        props.optional("inviteCodeRequired", &mut slots.4);
        props.optional("links", &mut slots.5);
        props.optional("phoneVerificationRequired", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(available_user_domains),
                ::std::option::Option::Some(blob_upload_limit),
                ::std::option::Option::Some(contact),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(invite_code_required),
                ::std::option::Option::Some(links),
                ::std::option::Option::Some(phone_verification_required),
            ) => {
                ::std::result::Result::Ok(Self {
                    available_user_domains,
                    blob_upload_limit,
                    contact,
                    did,
                    invite_code_required,
                    links,
                    phone_verification_required,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(
            &mut map,
            "availableUserDomains",
            &self.available_user_domains,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "blobUploadLimit",
            &self.blob_upload_limit,
        );
        ::lexgen::typed::put_optional(&mut map, "contact", &self.contact);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(
            &mut map,
            "inviteCodeRequired",
            &self.invite_code_required,
        );
        ::lexgen::typed::put_optional(&mut map, "links", &self.links);
        ::lexgen::typed::put_optional(
            &mut map,
            "phoneVerificationRequired",
            &self.phone_verification_required,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.contact {
            ::lexgen::typed::Validate::validate_at(v, path.key("contact"), out);
        }
        if let ::std::option::Option::Some(v) = &self.links {
            ::lexgen::typed::Validate::validate_at(v, path.key("links"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.describeServer` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DescribeServer;
impl ::lexgen::xrpc::Endpoint for DescribeServer {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Contact, Links, Output);
