//! `com.atproto.identity.*` handlers.

pub mod plc_ops;
pub mod resolve;
mod service;

pub use service::IdentityService;
