//! The Atmos Personal Data Server. The modules named below without a link are private to the crate.
//!
//! - [`config`], `secrets`: settings (TOML file, `PDS_*` variables) and the keys generated on first start.
//! - [`app`]: the shared application state; [`serve`]: the `pds serve` loop; [`admin`]: `pds account ...`;
//!   [`adopt`]: `pds adopt`, taking over a reference PDS's data directory.
//! - [`handlers`]: the HTTP surface (XRPC endpoints, well-known routes), mounted through `xrpc`; request
//!   bodies are wrapped (limits, encodings, timeouts) by `request_body` before routing.
//! - [`auth`]: passwords, session and service JWTs, the per-endpoint auth policy and its extractor.
//! - `sessions`, `records`, `identity`, `account_events`, [`blob`], [`quota`], `mail`, `rate_limit`,
//!   `proxy`: the domain logic handlers call.
//! - [`lexicon_catalog`]: the lexicons records are validated against (built in, plus installed at run time).
//! - [`firehose`]: `com.atproto.sync.subscribeRepos` over WebSocket, from the persisted event log; lifecycle events.
//! - `crawl`: asking relays to crawl this server; [`federation`]: `pds federation ...`, which asks a running
//!   server how it federates; `metrics`: Prometheus `/metrics`.
//! - [`hosting`]: the interface to the account store that sync and the firehose need; `hosted` implements it.
//! - [`plc`]: did:plc operations, chain verification, the embedded PLC directory server and a client.
//! - [`lexicon_resolver`]: lexicons on the network: NSID → DNS → DID → verified `getRecord` proof → document.
//! - [`repo`]: repositories (MST, commits, CAR), IO-free over a block store.
//! - [`repository`]: the hosted repositories: commits, CAR export and verified import, per-repository locks.
//! - [`sync`]: the `com.atproto.sync` read endpoints and the router that mounts them with the firehose.
//! - [`migrate`]: `pds account migrate|export|import`, moving an account between PDSes over XRPC.
//! - [`storage`]: the SQLite database (one for all accounts), pooled readers and a group-committing writer.
#![warn(unreachable_pub)]

mod account_events;
pub mod admin;
pub mod adopt;
pub mod app;
pub mod auth;
pub mod blob;
pub mod config;
mod crawl;
pub mod federation;
pub mod firehose;
pub mod handlers;
mod hosted;
pub mod hosting;
mod identity;
pub mod lexicon_catalog;
pub mod lexicon_resolver;
mod mail;
mod metrics;
pub mod migrate;
pub mod oauth;
pub mod plc;
mod proxy;
pub mod quota;
mod rate_limit;
mod records;
pub mod repo;
pub mod repository;
mod request_body;
mod secrets;
pub mod serve;
mod sessions;
mod shutdown;
mod signing_keys;
pub mod storage;
pub mod sync;
mod xrpc;
