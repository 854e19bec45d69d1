//! `com.atproto.repo.*` handlers.

pub mod blob;
pub mod read;
pub mod write;
