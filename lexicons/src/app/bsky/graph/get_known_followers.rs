// @generated from lexicons/app/bsky/graph/getKnownFollowers.json by cargo xtask codegen
//! `app.bsky.graph.getKnownFollowers`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getKnownFollowers";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50",
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
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
    pub cursor: ::std::option::Option<::std::string::String>,
    pub followers: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    pub subject: crate::app::bsky::actor::defs::ProfileView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        followers: required "followers",
        subject: required "subject",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.followers;
            {
                let p0 = path.key("followers");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getKnownFollowers` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetKnownFollowers;
impl ::lexgen::xrpc::Endpoint for GetKnownFollowers {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
