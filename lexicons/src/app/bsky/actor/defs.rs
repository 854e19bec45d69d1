// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! `app.bsky.actor.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.defs";
mod adult_content_pref;
pub use adult_content_pref::*;
mod profile_view_basic;
pub use profile_view_basic::*;
