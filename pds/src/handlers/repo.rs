//! `com.atproto.repo.*` handlers.

pub(crate) mod blob;
pub(crate) mod import;
mod raw_body;
pub(crate) mod read;
mod service;
pub(crate) mod write;

pub(crate) use raw_body::{RawBody, keep as keep_raw_body};
pub(crate) use service::{RepoCtx, RepoService};
