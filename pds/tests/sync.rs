//! The sync read endpoints (in process, through the router) and the firehose (a real WebSocket on loopback).
#![allow(clippy::unwrap_used)]

#[path = "sync/endpoints.rs"]
mod endpoints;
#[path = "sync/firehose.rs"]
mod firehose;
#[path = "sync/relay_checks.rs"]
mod relay_checks;
#[path = "sync/support.rs"]
mod support;
