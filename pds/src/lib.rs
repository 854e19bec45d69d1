//! The Atmos Personal Data Server.
//!
//! - [`firehose`]: `com.atproto.sync.subscribeRepos` over WebSocket, from the persisted event log; lifecycle events.
//! - [`hosting`]: the interface to the account store that sync and the firehose need.
//! - [`plc`]: did:plc operations, chain verification, the embedded PLC directory server and a client.
//! - [`repo`]: repositories (MST, commits, CAR), IO-free over a block store.
//! - [`repository`]: the hosted repositories: commits, CAR export and verified import, per-repository locks.
//! - [`sync`]: the `com.atproto.sync` read endpoints and the router that mounts them with the firehose.
//! - [`storage`]: the SQLite database (one for all accounts), pooled readers and a group-committing writer.

pub mod firehose;
pub mod hosting;
pub mod plc;
pub mod repo;
pub mod repository;
pub mod storage;
pub mod sync;
