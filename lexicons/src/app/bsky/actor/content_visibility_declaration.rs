// @generated from lexicons/app/bsky/actor/contentVisibilityDeclaration.json by cargo xtask codegen
//! `app.bsky.actor.contentVisibilityDeclaration`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.contentVisibilityDeclaration";
#[derive(Clone, PartialEq)]
pub struct ContentVisibilityDeclaration {
    pub hide_from_algorithmic_recommendations: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record ContentVisibilityDeclaration = "app.bsky.actor.contentVisibilityDeclaration", extra {
        hide_from_algorithmic_recommendations: required "hideFromAlgorithmicRecommendations",
    }
}
::lexgen::via_typed!(ContentVisibilityDeclaration);
