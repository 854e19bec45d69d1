// @generated from lexicons/app/bsky/feed/getLikes.json by cargo xtask codegen
//! `app.bsky.feed.getLikes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getLikes";
#[derive(Clone, PartialEq)]
pub struct Like {
    pub actor: crate::app::bsky::actor::defs::ProfileView,
    pub created_at: ::lexgen::model::Datetime,
    pub indexed_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Like, extra {
        actor: required "actor",
        created_at: required "createdAt",
        indexed_at: required "indexedAt",
    }
}
impl ::lexgen::typed::Validate for Like {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.actor;
            ::lexgen::typed::Validate::validate_at(v, path.key("actor"), out);
        }
    }
}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub uri: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        cid: optional "cid",
        cursor: optional "cursor",
        limit: default "limit" = "50",
        uri: required "uri",
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.cid {
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
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
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub likes: ::std::vec::Vec<Like>,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: optional "cid",
        cursor: optional "cursor",
        likes: required "likes",
        uri: required "uri",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.cid {
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        {
            let v = &self.likes;
            {
                let p0 = path.key("likes");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getLikes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetLikes;
impl ::lexgen::xrpc::Endpoint for GetLikes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Like, Output);
