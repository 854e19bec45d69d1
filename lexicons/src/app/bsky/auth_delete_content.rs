// @generated from lexicons/app/bsky/authDeleteContent.json by cargo xtask codegen
//! `app.bsky.authDeleteContent`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authDeleteContent";
