//! The Atmos Personal Data Server.
//!
//! - [`repo`]: repositories (MST, commits, CAR), IO-free over a block store.
//! - [`repository`]: the hosted repositories: commits, CAR export and verified import, per-repository locks.
//! - [`storage`]: the SQLite database (one for all accounts), pooled readers and a group-committing writer.

pub mod repo;
pub mod repository;
pub mod storage;
