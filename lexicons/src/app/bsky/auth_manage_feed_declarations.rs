// @generated from lexicons/app/bsky/authManageFeedDeclarations.json by cargo xtask codegen
//! `app.bsky.authManageFeedDeclarations`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageFeedDeclarations";
