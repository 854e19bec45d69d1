// @generated from lexicons/com/atproto/label/subscribeLabels.json by cargo xtask codegen
//! `com.atproto.label.subscribeLabels`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.label.subscribeLabels";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum InfoName {
    /// `OutdatedCursor`
    OutdatedCursor,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl InfoName {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OutdatedCursor => "OutdatedCursor",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for InfoName {
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
                "OutdatedCursor" => Self::OutdatedCursor,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(InfoName);
impl ::lexgen::xrpc::Param for InfoName {}
#[derive(Clone, PartialEq)]
pub struct Info {
    pub message: ::std::option::Option<::std::string::String>,
    pub name: InfoName,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Info, extra {
        message: optional "message",
        name: required "name",
    }
}
#[derive(Clone, PartialEq)]
pub struct Labels {
    pub labels: ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    pub seq: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Labels, extra {
        labels: required "labels",
        seq: required "seq",
    }
}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<i64>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    FutureCursor,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::FutureCursor => "FutureCursor",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "FutureCursor" => ::std::option::Option::Some(Self::FutureCursor),
            _ => ::std::option::Option::None,
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum Message {
    /// `com.atproto.label.subscribeLabels#labels`
    Labels(::std::boxed::Box<Labels>),
    /// `com.atproto.label.subscribeLabels#info`
    Info(::std::boxed::Box<Info>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for Message {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.label.subscribeLabels#labels" => {
                ::lexgen::typed::member(map, path).map(Self::Labels)
            }
            "com.atproto.label.subscribeLabels#info" => {
                ::lexgen::typed::member(map, path).map(Self::Info)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Labels(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.label.subscribeLabels#labels",
                )
            }
            Self::Info(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.label.subscribeLabels#info",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for Message {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Labels(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Info(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
impl Message {
    /// Reads one event-stream frame (header `{op, t}` then payload, both DAG-CBOR).
    pub fn decode_frame(
        bytes: &[u8],
    ) -> ::std::result::Result<::lexgen::xrpc::Frame<Self>, ::lexgen::xrpc::FrameError> {
        ::lexgen::xrpc::decode_frame(bytes, NSID)
    }
    /// Writes this message as one event-stream frame.
    pub fn encode_frame(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::lexgen::xrpc::FrameError> {
        ::lexgen::xrpc::encode_frame(self, NSID)
    }
}
::lexgen::via_typed!(InfoName, Info, Labels, Message);
