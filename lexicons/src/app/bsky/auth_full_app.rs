// @generated from lexicons/app/bsky/authFullApp.json by cargo xtask codegen
//! `app.bsky.authFullApp`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authFullApp";
