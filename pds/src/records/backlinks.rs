//! Backlinks as the reference de-duplicates them: a like, repost, follow or block created by createRecord
//! replaces the account's earlier records of the collection with the same subject, in the same commit.

use lexgen::model::Value;

use crate::storage::{Connection, RepoReader, StorageError};

/// The subject a record of `collection` points at, for the collections the reference de-duplicates.
pub(super) fn subject(collection: &str, value: &Value) -> Option<String> {
    let subject = value.get("subject")?;
    match collection {
        "app.bsky.feed.like" | "app.bsky.feed.repost" => {
            subject.get("uri")?.as_str().map(str::to_owned)
        }
        "app.bsky.graph.follow" | "app.bsky.graph.block" => subject.as_str().map(str::to_owned),
        _ => None,
    }
}

/// Paths of the repository's records in `collection` whose subject is `subject` (a scan of the collection).
pub(super) fn records_with_subject(
    conn: &Connection,
    repo: i64,
    collection: &str,
    subject: &str,
) -> Result<Vec<String>, StorageError> {
    const PAGE: u32 = 1000;
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page =
            RepoReader::list_records(conn, repo, collection, cursor.as_deref(), PAGE, false)?;
        for (rkey, cid) in &page {
            let Some(bytes) = RepoReader::block(conn, repo, cid)? else {
                continue;
            };
            if let Ok(value) = Value::from_drisl(&bytes)
                && self::subject(collection, &value).as_deref() == Some(subject)
            {
                found.push(format!("{collection}/{rkey}"));
            }
        }
        match page.last() {
            Some((rkey, _)) if page.len() == PAGE as usize => cursor = Some(rkey.clone()),
            _ => return Ok(found),
        }
    }
}
