//! `com.atproto.repo.*` handlers.

pub mod blob;
pub mod import;
pub mod read;
mod service;
pub mod write;

pub use service::RepoService;
