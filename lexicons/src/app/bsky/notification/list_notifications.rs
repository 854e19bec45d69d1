// @generated from lexicons/app/bsky/notification/listNotifications.json by cargo xtask codegen
//! `app.bsky.notification.listNotifications`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.listNotifications";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub priority: ::std::option::Option<bool>,
    pub reasons: ::std::vec::Vec<::std::string::String>,
    pub seen_at: ::std::option::Option<::lexgen::model::Datetime>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        priority: optional "priority",
        reasons: repeated "reasons",
        seen_at: optional "seenAt",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub notifications: ::std::vec::Vec<Notification>,
    pub priority: ::std::option::Option<bool>,
    pub seen_at: ::std::option::Option<::lexgen::model::Datetime>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        notifications: required "notifications",
        priority: optional "priority",
        seen_at: optional "seenAt",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.listNotifications` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListNotifications;
impl ::lexgen::xrpc::Endpoint for ListNotifications {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum NotificationReason {
    /// `like`
    Like,
    /// `repost`
    Repost,
    /// `follow`
    Follow,
    /// `mention`
    Mention,
    /// `reply`
    Reply,
    /// `quote`
    Quote,
    /// `starterpack-joined`
    StarterpackJoined,
    /// `verified`
    Verified,
    /// `unverified`
    Unverified,
    /// `like-via-repost`
    LikeViaRepost,
    /// `repost-via-repost`
    RepostViaRepost,
    /// `subscribed-post`
    SubscribedPost,
    /// `contact-match`
    ContactMatch,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl NotificationReason {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Like => "like",
            Self::Repost => "repost",
            Self::Follow => "follow",
            Self::Mention => "mention",
            Self::Reply => "reply",
            Self::Quote => "quote",
            Self::StarterpackJoined => "starterpack-joined",
            Self::Verified => "verified",
            Self::Unverified => "unverified",
            Self::LikeViaRepost => "like-via-repost",
            Self::RepostViaRepost => "repost-via-repost",
            Self::SubscribedPost => "subscribed-post",
            Self::ContactMatch => "contact-match",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for NotificationReason {
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
                "like" => Self::Like,
                "repost" => Self::Repost,
                "follow" => Self::Follow,
                "mention" => Self::Mention,
                "reply" => Self::Reply,
                "quote" => Self::Quote,
                "starterpack-joined" => Self::StarterpackJoined,
                "verified" => Self::Verified,
                "unverified" => Self::Unverified,
                "like-via-repost" => Self::LikeViaRepost,
                "repost-via-repost" => Self::RepostViaRepost,
                "subscribed-post" => Self::SubscribedPost,
                "contact-match" => Self::ContactMatch,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(NotificationReason);
impl ::lexgen::xrpc::Param for NotificationReason {}
#[derive(Clone, PartialEq)]
pub struct Notification {
    pub author: crate::app::bsky::actor::defs::ProfileView,
    pub cid: ::lexgen::model::CidString,
    pub indexed_at: ::lexgen::model::Datetime,
    pub is_read: bool,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub reason: NotificationReason,
    pub reason_subject: ::std::option::Option<::lexgen::model::AtUri>,
    pub record: ::lexgen::model::Map,
    pub starter_pack: ::std::option::Option<
        crate::app::bsky::graph::defs::StarterPackViewBasic,
    >,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Notification, extra {
        author: required "author",
        cid: required "cid" string { cid: true },
        indexed_at: required "indexedAt",
        is_read: required "isRead",
        labels: optional "labels",
        reason: required "reason",
        reason_subject: optional "reasonSubject",
        record: required "record",
        starter_pack: optional "starterPack",
        uri: required "uri",
    }
}
::lexgen::via_typed!(Output, NotificationReason, Notification);
