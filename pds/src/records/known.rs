//! The record types this server knows (every record lexicon in `lexicons/`, including `cv.atmos.*`): their
//! record-key type and a validator built on the generated types (`lexgen::typed`). When the dynamic validator
//! (`lexgen::validate`) lands, this table is the one place to switch.

use lexgen::model::Value;
use lexgen::typed::{Path, Typed, Validate};

/// The `key` of a record lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyType {
    Tid,
    Nsid,
    Any,
    Literal(&'static str),
}

impl KeyType {
    /// Whether `rkey` has this type.
    pub fn check(self, rkey: &str) -> Result<(), String> {
        let ok = match self {
            KeyType::Any => true,
            KeyType::Tid => rkey.parse::<lexgen::model::Tid>().is_ok(),
            KeyType::Nsid => rkey.parse::<lexgen::model::Nsid>().is_ok(),
            KeyType::Literal(expected) => rkey == expected,
        };
        match (ok, self) {
            (true, _) => Ok(()),
            (false, KeyType::Literal(expected)) => {
                Err(format!("Record key must be \"{expected}\", got {rkey:?}"))
            }
            (false, KeyType::Tid) => Err(format!("Record key must be a TID, got {rkey:?}")),
            (false, _) => Err(format!("Record key must be an NSID, got {rkey:?}")),
        }
    }
}

/// A known record type.
pub struct Known {
    pub key: KeyType,
    /// The first problem of a record, if any.
    pub validate: fn(Value) -> Result<(), String>,
}

fn check<T: Typed + Validate>(value: Value) -> Result<(), String> {
    let typed = T::from_value(value, Path::ROOT).map_err(|e| format!("Invalid record: {e}"))?;
    match typed.validate().first() {
        Some(violation) => Err(format!("Invalid record: {violation}")),
        None => Ok(()),
    }
}

macro_rules! known {
    ($($nsid:literal => $ty:ty, $key:expr;)*) => {
        /// The known type of `collection`, if any.
        pub fn lookup(collection: &str) -> Option<Known> {
            match collection {
                $($nsid => Some(Known { key: $key, validate: check::<$ty> }),)*
                _ => None,
            }
        }

        /// Every known collection.
        pub const ALL: &[&str] = &[$($nsid,)*];
    };
}

use lexicons::app::bsky;
use lexicons::cv::atmos;

known! {
    "app.bsky.actor.contentVisibilityDeclaration" => bsky::actor::content_visibility_declaration::ContentVisibilityDeclaration, KeyType::Literal("self");
    "app.bsky.actor.profile" => bsky::actor::profile::Profile, KeyType::Literal("self");
    "app.bsky.actor.status" => bsky::actor::status::Status, KeyType::Literal("self");
    "app.bsky.feed.generator" => bsky::feed::generator::Generator, KeyType::Any;
    "app.bsky.feed.like" => bsky::feed::like::Like, KeyType::Tid;
    "app.bsky.feed.post" => bsky::feed::post::Post, KeyType::Tid;
    "app.bsky.feed.postgate" => bsky::feed::postgate::Postgate, KeyType::Tid;
    "app.bsky.feed.repost" => bsky::feed::repost::Repost, KeyType::Tid;
    "app.bsky.feed.threadgate" => bsky::feed::threadgate::Threadgate, KeyType::Tid;
    "app.bsky.graph.block" => bsky::graph::block::Block, KeyType::Tid;
    "app.bsky.graph.follow" => bsky::graph::follow::Follow, KeyType::Tid;
    "app.bsky.graph.list" => bsky::graph::list::List, KeyType::Tid;
    "app.bsky.graph.listblock" => bsky::graph::listblock::Listblock, KeyType::Tid;
    "app.bsky.graph.listitem" => bsky::graph::listitem::Listitem, KeyType::Tid;
    "app.bsky.graph.starterpack" => bsky::graph::starterpack::Starterpack, KeyType::Tid;
    "app.bsky.graph.verification" => bsky::graph::verification::Verification, KeyType::Tid;
    "app.bsky.labeler.service" => bsky::labeler::service::Service, KeyType::Literal("self");
    "app.bsky.notification.declaration" => bsky::notification::declaration::Declaration, KeyType::Literal("self");
    "com.atproto.lexicon.schema" => lexicons::com::atproto::lexicon::schema::Schema, KeyType::Nsid;
    "cv.atmos.board.board" => atmos::board::board::Board, KeyType::Tid;
    "cv.atmos.board.item" => atmos::board::item::Item, KeyType::Tid;
    "cv.atmos.cv.award" => atmos::cv::award::Award, KeyType::Tid;
    "cv.atmos.cv.education" => atmos::cv::education::Education, KeyType::Tid;
    "cv.atmos.cv.exhibition" => atmos::cv::exhibition::Exhibition, KeyType::Tid;
    "cv.atmos.cv.profile" => atmos::cv::profile::Profile, KeyType::Literal("self");
    "cv.atmos.cv.work" => atmos::cv::work::Work, KeyType::Tid;
    "cv.atmos.portfolio.entry" => atmos::portfolio::entry::Entry, KeyType::Tid;
}
