// @generated from lexicons/com/atproto/admin/sendEmail.json by cargo xtask codegen
//! `com.atproto.admin.sendEmail`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.sendEmail";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub comment: ::std::option::Option<::std::string::String>,
    pub content: ::std::string::String,
    pub recipient_did: ::lexgen::model::Did,
    pub sender_did: ::lexgen::model::Did,
    pub subject: ::std::option::Option<::std::string::String>,
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
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("comment", &mut slots.0);
        props.required("content", &mut slots.1);
        props.required("recipientDid", &mut slots.2);
        props.required("senderDid", &mut slots.3);
        props.optional("subject", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(comment),
                ::std::option::Option::Some(content),
                ::std::option::Option::Some(recipient_did),
                ::std::option::Option::Some(sender_did),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    comment,
                    content,
                    recipient_did,
                    sender_did,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "comment", &self.comment);
        ::lexgen::typed::put(&mut map, "content", &self.content);
        ::lexgen::typed::put(&mut map, "recipientDid", &self.recipient_did);
        ::lexgen::typed::put(&mut map, "senderDid", &self.sender_did);
        ::lexgen::typed::put_optional(&mut map, "subject", &self.subject);
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
#[derive(Clone, PartialEq)]
pub struct Output {
    pub sent: bool,
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
        props.required("sent", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(sent),) => {
                ::std::result::Result::Ok(Self { sent, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "sent", &self.sent);
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
/// The `com.atproto.admin.sendEmail` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendEmail;
impl ::lexgen::xrpc::Endpoint for SendEmail {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
