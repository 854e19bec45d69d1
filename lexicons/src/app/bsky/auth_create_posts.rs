// @generated from lexicons/app/bsky/authCreatePosts.json by cargo xtask codegen
//! `app.bsky.authCreatePosts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authCreatePosts";
