// @generated from lexicons/app/bsky/authManageNotifications.json by cargo xtask codegen
//! `app.bsky.authManageNotifications`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageNotifications";
