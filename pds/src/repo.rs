//! Repositories, IO-free: the MST, signed commits, diffs and proofs, CAR files, over a [`BlockStore`].

mod block_store;
pub mod car;
mod commit;
mod error;
pub mod mst;
mod write;

pub use block_store::{BlockStore, MemoryBlockStore};
pub use commit::{COMMIT_VERSION, Commit};
pub use error::RepoError;
pub use mst::{Block, Mst};
pub use write::{
    CommitResult, Head, MAX_WRITES, OpAction, RepoOp, Write, WriteError, apply_writes,
};
