// @generated from lexicons/app/bsky/authManageModeration.json by cargo xtask codegen
//! `app.bsky.authManageModeration`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageModeration";
