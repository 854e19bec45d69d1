//! `listRepos` and `listReposByCollection`: pages of hosted repositories in DID order (the cursor is the last
//! DID of the previous page).

use lexgen::model::{Did, Nsid};

use crate::storage::{Connection, RepoHead, StorageError, list_repo_heads, repo_has_collection};

/// The most repositories one page returns.
pub(super) const MAX_LIMIT: i64 = 1000;

pub(super) fn limit(requested: i64) -> u32 {
    requested.clamp(1, MAX_LIMIT) as u32
}

/// A page of repository heads after `cursor`.
pub(super) fn heads(
    conn: &Connection,
    cursor: Option<&str>,
    limit: u32,
) -> Result<Vec<RepoHead>, StorageError> {
    list_repo_heads(conn, cursor, limit)
}

/// A page of DIDs after `cursor` whose repositories hold records of `collection`, and where the next page
/// starts (`None` at the end).
pub(super) fn with_collection(
    conn: &Connection,
    collection: &Nsid,
    cursor: Option<&str>,
    limit: u32,
) -> Result<(Vec<Did>, Option<String>), StorageError> {
    let mut found = Vec::new();
    let mut after = cursor.map(str::to_owned);
    loop {
        let page = list_repo_heads(conn, after.as_deref(), limit)?;
        let full = page.len() == limit as usize;
        for head in page {
            after = Some(head.did.to_string());
            if repo_has_collection(conn, head.id, collection.as_str())? {
                found.push(head.did);
                if found.len() == limit as usize {
                    return Ok((found, after));
                }
            }
        }
        if !full {
            return Ok((found, None));
        }
    }
}
