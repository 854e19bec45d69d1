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
impl ::lexgen::typed::AsText for ParamsQueryLanguage {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::AsText for ParamsSort {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::xrpc::Params for Params {
    fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut query_ = ::lexgen::xrpc::Pairs::new(pairs);
        let ::std::option::Option::Some(all_time) = query_.optional("allTime") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(authors) = query_.repeated("authors") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(cursor) = query_.optional("cursor") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(domains) = query_.repeated("domains") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(embedded_at_uris) = query_
            .repeated("embeddedAtUris") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_authors) = query_
            .repeated("excludeAuthors") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_domains) = query_
            .repeated("excludeDomains") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_embedded_at_uris) = query_
            .repeated("excludeEmbeddedAtUris") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_hashtags) = query_
            .repeated("excludeHashtags") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_languages) = query_
            .repeated("excludeLanguages") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_mentions) = query_
            .repeated("excludeMentions") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_replies) = query_
            .optional("excludeReplies") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(exclude_urls) = query_.repeated("excludeUrls")
        else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(following) = query_.optional("following") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(has_media) = query_.optional("hasMedia") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(has_video) = query_.optional("hasVideo") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(hashtags) = query_.repeated("hashtags") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(languages) = query_.repeated("languages") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(limit) = query_.with_default("limit", "25") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(mentions) = query_.repeated("mentions") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(query) = query_.optional("query") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(query_language) = query_
            .optional("queryLanguage") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(replies_only) = query_.optional("repliesOnly")
        else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(reply_parent_uri) = query_
            .optional("replyParentUri") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(since) = query_.optional("since") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(sort) = query_.optional("sort") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(thread_root_uri) = query_
            .optional("threadRootUri") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(until) = query_.optional("until") else {
            return ::std::result::Result::Err(query_.error());
        };
        let ::std::option::Option::Some(urls) = query_.repeated("urls") else {
            return ::std::result::Result::Err(query_.error());
        };
        ::std::result::Result::Ok(Self {
            all_time,
            authors,
            cursor,
            domains,
            embedded_at_uris,
            exclude_authors,
            exclude_domains,
            exclude_embedded_at_uris,
            exclude_hashtags,
            exclude_languages,
            exclude_mentions,
            exclude_replies,
            exclude_urls,
            following,
            has_media,
            has_video,
            hashtags,
            languages,
            limit,
            mentions,
            query,
            query_language,
            replies_only,
            reply_parent_uri,
            since,
            sort,
            thread_root_uri,
            until,
            urls,
        })
    }
    #[allow(clippy::vec_init_then_push)]
    fn to_pairs(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
        let mut out = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(v) = &self.all_time {
            out.push(("allTime", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.authors {
            out.push(("authors", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.cursor {
            out.push(("cursor", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.domains {
            out.push(("domains", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.embedded_at_uris {
            out.push(("embeddedAtUris", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_authors {
            out.push(("excludeAuthors", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_domains {
            out.push(("excludeDomains", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_embedded_at_uris {
            out.push(("excludeEmbeddedAtUris", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_hashtags {
            out.push(("excludeHashtags", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_languages {
            out.push(("excludeLanguages", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_mentions {
            out.push(("excludeMentions", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.exclude_replies {
            out.push(("excludeReplies", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.exclude_urls {
            out.push(("excludeUrls", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.following {
            out.push(("following", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.has_media {
            out.push(("hasMedia", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.has_video {
            out.push(("hasVideo", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.hashtags {
            out.push(("hashtags", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.languages {
            out.push(("languages", ::lexgen::xrpc::Param::to_param(v)));
        }
        out.push(("limit", ::lexgen::xrpc::Param::to_param(&self.limit)));
        for v in &self.mentions {
            out.push(("mentions", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.query {
            out.push(("query", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.query_language {
            out.push(("queryLanguage", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.replies_only {
            out.push(("repliesOnly", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.reply_parent_uri {
            out.push(("replyParentUri", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.since {
            out.push(("since", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.sort {
            out.push(("sort", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.thread_root_uri {
            out.push(("threadRootUri", ::lexgen::xrpc::Param::to_param(v)));
        }
        if let ::std::option::Option::Some(v) = &self.until {
            out.push(("until", ::lexgen::xrpc::Param::to_param(v)));
        }
        for v in &self.urls {
            out.push(("urls", ::lexgen::xrpc::Param::to_param(v)));
        }
        out
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.exclude_hashtags;
            {
                let p0 = path.key("excludeHashtags");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        {
            let v = &self.hashtags;
            {
                let p0 = path.key("hashtags");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        {
            let v = &self.limit;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::Some(100i64),
                path.key("limit"),
                out,
            );
        }
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
impl ::lexgen::typed::AsText for OutputDetectedQueryLanguagesItem {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.posts;
            {
                let p0 = path.key("posts");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
