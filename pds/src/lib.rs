//! The Atmos Personal Data Server.
//!
//! - [`repo`]: repositories (MST, commits, CAR), IO-free over a block store.

pub mod repo;
