// @generated from lexicons/app/bsky/unspecced/getTaggedSuggestions.json by cargo xtask codegen
//! `app.bsky.unspecced.getTaggedSuggestions`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getTaggedSuggestions";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub suggestions: ::std::vec::Vec<Suggestion>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        suggestions: required "suggestions",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getTaggedSuggestions` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetTaggedSuggestions;
impl ::lexgen::xrpc::Endpoint for GetTaggedSuggestions {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum SuggestionSubjectType {
    /// `actor`
    Actor,
    /// `feed`
    Feed,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl SuggestionSubjectType {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Actor => "actor",
            Self::Feed => "feed",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for SuggestionSubjectType {
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
                "actor" => Self::Actor,
                "feed" => Self::Feed,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(SuggestionSubjectType);
impl ::lexgen::xrpc::Param for SuggestionSubjectType {}
#[derive(Clone, PartialEq)]
pub struct Suggestion {
    pub subject: ::lexgen::model::Uri,
    pub subject_type: SuggestionSubjectType,
    pub tag: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Suggestion, extra {
        subject: required "subject",
        subject_type: required "subjectType",
        tag: required "tag",
    }
}
::lexgen::via_typed!(Output, SuggestionSubjectType, Suggestion);
