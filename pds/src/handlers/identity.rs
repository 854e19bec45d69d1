//! `com.atproto.identity.*` handlers.

pub(crate) mod plc_ops;
pub(crate) mod resolve;
mod service;

pub(crate) use service::IdentityService;
