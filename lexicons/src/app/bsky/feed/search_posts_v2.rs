// @generated from lexicons/app/bsky/feed/searchPostsV2.json by cargo xtask codegen
//! `app.bsky.feed.searchPostsV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.searchPostsV2";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsQueryLanguage {
    /// `ja`
    Ja,
    /// `zh`
    Zh,
    /// `ko`
    Ko,
    /// `th`
    Th,
    /// `ar`
    Ar,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsQueryLanguage {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ja => "ja",
            Self::Zh => "zh",
            Self::Ko => "ko",
            Self::Th => "th",
            Self::Ar => "ar",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsQueryLanguage {
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
                "ja" => Self::Ja,
                "zh" => Self::Zh,
                "ko" => Self::Ko,
                "th" => Self::Th,
                "ar" => Self::Ar,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ParamsQueryLanguage);
impl ::lexgen::xrpc::Param for ParamsQueryLanguage {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsSort {
    /// `recent`
    Recent,
    /// `top`
    Top,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recent => "recent",
            Self::Top => "top",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsSort {
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
                "recent" => Self::Recent,
                "top" => Self::Top,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ParamsSort);
impl ::lexgen::xrpc::Param for ParamsSort {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub all_time: ::std::option::Option<bool>,
    pub authors: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub domains: ::std::vec::Vec<::std::string::String>,
    pub embedded_at_uris: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub exclude_authors: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
    pub exclude_domains: ::std::vec::Vec<::std::string::String>,
    pub exclude_embedded_at_uris: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub exclude_hashtags: ::std::vec::Vec<::std::string::String>,
    pub exclude_languages: ::std::vec::Vec<::lexgen::model::Language>,
    pub exclude_mentions: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
    pub exclude_replies: ::std::option::Option<bool>,
    pub exclude_urls: ::std::vec::Vec<::lexgen::model::Uri>,
    pub following: ::std::option::Option<bool>,
    pub has_media: ::std::option::Option<bool>,
    pub has_video: ::std::option::Option<bool>,
    pub hashtags: ::std::vec::Vec<::std::string::String>,
    pub languages: ::std::vec::Vec<::lexgen::model::Language>,
    pub limit: i64,
    pub mentions: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
    pub query: ::std::option::Option<::std::string::String>,
    pub query_language: ::std::option::Option<ParamsQueryLanguage>,
    pub replies_only: ::std::option::Option<bool>,
    pub reply_parent_uri: ::std::option::Option<::lexgen::model::AtUri>,
    pub since: ::std::option::Option<::std::string::String>,
    pub sort: ::std::option::Option<ParamsSort>,
    pub thread_root_uri: ::std::option::Option<::lexgen::model::AtUri>,
    pub until: ::std::option::Option<::std::string::String>,
    pub urls: ::std::vec::Vec<::lexgen::model::Uri>,
}
::lexgen::params! {
    Params {
        all_time: optional "allTime",
        authors: repeated "authors",
        cursor: optional "cursor",
        domains: repeated "domains",
        embedded_at_uris: repeated "embeddedAtUris",
        exclude_authors: repeated "excludeAuthors",
        exclude_domains: repeated "excludeDomains",
        exclude_embedded_at_uris: repeated "excludeEmbeddedAtUris",
        exclude_hashtags: repeated "excludeHashtags" array {} of string { max_length: 640, max_graphemes: 64 },
        exclude_languages: repeated "excludeLanguages",
        exclude_mentions: repeated "excludeMentions",
        exclude_replies: optional "excludeReplies",
        exclude_urls: repeated "excludeUrls",
        following: optional "following",
        has_media: optional "hasMedia",
        has_video: optional "hasVideo",
        hashtags: repeated "hashtags" array {} of string { max_length: 640, max_graphemes: 64 },
        languages: repeated "languages",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 100 },
        mentions: repeated "mentions",
        query: optional "query",
        query_language: optional "queryLanguage",
        replies_only: optional "repliesOnly",
        reply_parent_uri: optional "replyParentUri",
        since: optional "since",
        sort: optional "sort",
        thread_root_uri: optional "threadRootUri",
        until: optional "until",
        urls: repeated "urls",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputDetectedQueryLanguagesItem {
    /// `ja`
    Ja,
    /// `zh`
    Zh,
    /// `ko`
    Ko,
    /// `th`
    Th,
    /// `ar`
    Ar,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputDetectedQueryLanguagesItem {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ja => "ja",
            Self::Zh => "zh",
            Self::Ko => "ko",
            Self::Th => "th",
            Self::Ar => "ar",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for OutputDetectedQueryLanguagesItem {
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
                "ja" => Self::Ja,
                "zh" => Self::Zh,
                "ko" => Self::Ko,
                "th" => Self::Th,
                "ar" => Self::Ar,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(OutputDetectedQueryLanguagesItem);
impl ::lexgen::xrpc::Param for OutputDetectedQueryLanguagesItem {}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub detected_query_languages: ::std::option::Option<
        ::std::vec::Vec<OutputDetectedQueryLanguagesItem>,
    >,
    pub hits_total: ::std::option::Option<i64>,
    pub posts: ::std::vec::Vec<crate::app::bsky::feed::defs::PostView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        detected_query_languages: optional "detectedQueryLanguages",
        hits_total: optional "hitsTotal",
        posts: required "posts",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BadQueryString,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BadQueryString => "BadQueryString",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BadQueryString" => ::std::option::Option::Some(Self::BadQueryString),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.feed.searchPostsV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchPostsV2;
impl ::lexgen::xrpc::Endpoint for SearchPostsV2 {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(
    ParamsQueryLanguage, ParamsSort, OutputDetectedQueryLanguagesItem, Output
);
