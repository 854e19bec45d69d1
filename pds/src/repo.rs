//! Repositories, IO-free: the MST, signed commits, diffs and proofs, CAR files, over a [`BlockStore`].

mod block_store;
mod commit;
mod error;
pub mod mst;

pub use block_store::{BlockStore, MemoryBlockStore};
pub use commit::{COMMIT_VERSION, Commit};
pub use error::RepoError;
pub use mst::Mst;
