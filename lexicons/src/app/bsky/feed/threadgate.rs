// @generated from lexicons/app/bsky/feed/threadgate.json by cargo xtask codegen
//! `app.bsky.feed.threadgate`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.threadgate";
#[derive(Clone, PartialEq)]
pub struct FollowerRule {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FollowerRule, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct FollowingRule {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FollowingRule, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct ListRule {
    pub list: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ListRule, extra {
        list: required "list",
    }
}
#[derive(Clone, PartialEq)]
pub enum ThreadgateAllowItem {
    /// `app.bsky.feed.threadgate#mentionRule`
    MentionRule(::std::boxed::Box<MentionRule>),
    /// `app.bsky.feed.threadgate#followerRule`
    FollowerRule(::std::boxed::Box<FollowerRule>),
    /// `app.bsky.feed.threadgate#followingRule`
    FollowingRule(::std::boxed::Box<FollowingRule>),
    /// `app.bsky.feed.threadgate#listRule`
    ListRule(::std::boxed::Box<ListRule>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ThreadgateAllowItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.threadgate#mentionRule" => {
                ::lexgen::typed::member(map, path).map(Self::MentionRule)
            }
            "app.bsky.feed.threadgate#followerRule" => {
                ::lexgen::typed::member(map, path).map(Self::FollowerRule)
            }
            "app.bsky.feed.threadgate#followingRule" => {
                ::lexgen::typed::member(map, path).map(Self::FollowingRule)
            }
            "app.bsky.feed.threadgate#listRule" => {
                ::lexgen::typed::member(map, path).map(Self::ListRule)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::MentionRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#mentionRule",
                )
            }
            Self::FollowerRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#followerRule",
                )
            }
            Self::FollowingRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#followingRule",
                )
            }
            Self::ListRule(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.threadgate#listRule")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ThreadgateAllowItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::MentionRule(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::FollowerRule(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::FollowingRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ListRule(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Threadgate {
    pub allow: ::std::option::Option<::std::vec::Vec<ThreadgateAllowItem>>,
    pub created_at: ::lexgen::model::Datetime,
    pub hidden_replies: ::std::option::Option<::std::vec::Vec<::lexgen::model::AtUri>>,
    pub post: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Threadgate = "app.bsky.feed.threadgate", extra {
        allow: optional "allow" array { max_length: 5 },
        created_at: required "createdAt",
        hidden_replies: optional "hiddenReplies" array { max_length: 300 },
        post: required "post",
    }
}
#[derive(Clone, PartialEq)]
pub struct MentionRule {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    MentionRule, extra {
    }
}
::lexgen::via_typed!(
    FollowerRule, FollowingRule, ListRule, ThreadgateAllowItem, Threadgate, MentionRule
);
