// @generated from lexicons/app/bsky/authViewAll.json by cargo xtask codegen
//! `app.bsky.authViewAll`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authViewAll";
