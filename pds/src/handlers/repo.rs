//! `com.atproto.repo.*` handlers.

pub mod blob;
pub mod import;
mod raw_body;
pub mod read;
mod service;
pub mod write;

pub use raw_body::{RawBody, keep as keep_raw_body};
pub use service::{RepoCtx, RepoService};
