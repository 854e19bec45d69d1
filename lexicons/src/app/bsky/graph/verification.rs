// @generated from lexicons/app/bsky/graph/verification.json by cargo xtask codegen
//! `app.bsky.graph.verification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.verification";
#[derive(Clone, PartialEq)]
pub struct Verification {
    pub created_at: ::lexgen::model::Datetime,
    pub display_name: ::std::string::String,
    pub handle: ::lexgen::model::Handle,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Verification = "app.bsky.graph.verification", extra {
        created_at: required "createdAt",
        display_name: required "displayName",
        handle: required "handle",
        subject: required "subject",
    }
}
::lexgen::via_typed!(Verification);
