// @generated from lexicons/app/bsky/authManageLabelerService.json by cargo xtask codegen
//! `app.bsky.authManageLabelerService`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageLabelerService";
