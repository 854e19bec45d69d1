// @generated from lexicons/app/bsky/authManageProfile.json by cargo xtask codegen
//! `app.bsky.authManageProfile`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageProfile";
