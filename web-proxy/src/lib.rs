//! Same-domain reverse proxy for the Atmos web app and its PDS.
//!
//! Atmos serves its web app and its PDS on one domain. This crate is the proxy in front of both,
//! built to avoid the failures seen behind a generic edge proxy:
//!
//! - routing by host and path ([`routing`]): the PDS's protocol paths (`/xrpc/*`, the
//!   `/.well-known/*` documents, `/oauth/*`, `/@atproto/*` including the OAuth UI's `~assets` and
//!   `~api`, `/account*`) go to the PDS, everything else to the web app (an upstream or a static
//!   directory with SPA fallback); handle subdomains are never sent to `www.`, and a canonical
//!   apex ↔ `www` redirect applies to the configured host only, and only to web-app pages;
//! - header fixes: stripped `Sec-Fetch-*` headers are synthesized and never overwritten
//!   ([`sec_fetch`]), `X-Forwarded-*`/`Forwarded` are corrected ([`forwarded`]), hop-by-hop
//!   headers are removed ([`hop_by_hop`]);
//! - no redirect following: 3xx, `Location` and every `Set-Cookie` reach the browser as sent;
//! - streamed bodies, WebSocket upgrade passthrough, timeouts, 502 on an unreachable upstream and
//!   graceful shutdown ([`server`]).
//!
//! Reading order: [`config`] → [`routing`] → header fixes → `proxy` → `static_files` → [`server`].

pub mod config;
pub mod origin;
pub mod routing;

pub mod forwarded;
pub mod hop_by_hop;
pub mod sec_fetch;

mod body;
mod proxy;
mod static_files;

pub mod server;

pub use config::{Config, ConfigError};
pub use server::{Server, ServerError};
