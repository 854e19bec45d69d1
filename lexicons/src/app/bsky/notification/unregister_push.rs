// @generated from lexicons/app/bsky/notification/unregisterPush.json by cargo xtask codegen
//! `app.bsky.notification.unregisterPush`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.unregisterPush";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum InputPlatform {
    /// `ios`
    Ios,
    /// `android`
    Android,
    /// `web`
    Web,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl InputPlatform {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ios => "ios",
            Self::Android => "android",
            Self::Web => "web",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for InputPlatform {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "ios" => Self::Ios,
                "android" => Self::Android,
                "web" => Self::Web,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(InputPlatform);
impl ::lexgen::xrpc::Param for InputPlatform {}
#[derive(Clone, PartialEq)]
pub struct Input {
    pub app_id: ::std::string::String,
    pub platform: InputPlatform,
    pub service_did: ::lexgen::model::Did,
    pub token: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        app_id: required "appId",
        platform: required "platform",
        service_did: required "serviceDid",
        token: required "token",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.unregisterPush` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UnregisterPush;
impl ::lexgen::xrpc::Endpoint for UnregisterPush {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(InputPlatform, Input);
