//! `com.atproto.repo.*` handlers.

pub mod blob;
pub mod import;
pub mod read;
pub mod write;
