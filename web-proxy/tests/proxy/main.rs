//! End-to-end tests of web-proxy against real upstream servers on loopback.
#![allow(clippy::unwrap_used)]

#[allow(dead_code)] // shared with the `streaming` test binary
mod support;

mod errors_and_shutdown;
mod headers;
mod production_failures;
mod routing;
mod static_files;
mod websocket;
