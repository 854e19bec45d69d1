//! The schema and its migrations, applied in order and recorded in `PRAGMA user_version`.

use rusqlite::Connection;

use super::StorageError;

/// Each entry migrates from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: repositories, their blocks and the record index.
    "CREATE TABLE repo (
        id INTEGER PRIMARY KEY,
        did TEXT NOT NULL UNIQUE,
        head BLOB NOT NULL,     -- CID of the current commit
        data BLOB NOT NULL,     -- CID of its MST root
        rev TEXT NOT NULL       -- its revision (TID)
    ) STRICT;
    CREATE TABLE block (
        repo INTEGER NOT NULL REFERENCES repo(id) ON DELETE CASCADE,
        cid BLOB NOT NULL,
        rev TEXT NOT NULL,      -- the revision that first stored the block (for getRepo?since=)
        bytes BLOB NOT NULL,
        PRIMARY KEY (repo, cid)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX block_by_rev ON block (repo, rev);
    CREATE TABLE record (
        repo INTEGER NOT NULL REFERENCES repo(id) ON DELETE CASCADE,
        collection TEXT NOT NULL,
        rkey TEXT NOT NULL,
        cid BLOB NOT NULL,
        rev TEXT NOT NULL,
        PRIMARY KEY (repo, collection, rkey)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX record_by_cid ON record (repo, cid);",
    // 2: the firehose event log. AUTOINCREMENT: a sequence number is never reused, even after deletions.
    "CREATE TABLE event (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        did TEXT NOT NULL,
        kind TEXT NOT NULL,     -- the message type: `#commit`, `#sync`, `#identity`, `#account`
        time TEXT NOT NULL,     -- when it was sequenced (datetime)
        payload BLOB NOT NULL   -- the DAG-CBOR message body, without `seq`
    ) STRICT;
    CREATE INDEX event_by_did ON event (did);
    CREATE INDEX event_by_time ON event (time);",
    // 3: accounts, sessions, app passwords, invite codes, email tokens, blobs and private preferences.
    "CREATE TABLE account (
        did TEXT PRIMARY KEY,
        handle TEXT NOT NULL UNIQUE,
        email TEXT UNIQUE COLLATE NOCASE,
        email_confirmed_at TEXT,
        password_hash TEXT NOT NULL,
        signing_key TEXT NOT NULL,      -- the repo signing key, private, hex (k256)
        created_at TEXT NOT NULL,
        deactivated_at TEXT,
        delete_after TEXT,
        takedown_ref TEXT
    ) STRICT;
    CREATE TABLE refresh_token (
        id TEXT PRIMARY KEY,            -- the JWT's jti
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        app_password TEXT,              -- the app password the session was made with
        expires_at INTEGER NOT NULL,    -- unix seconds
        next_id TEXT                    -- set once rotated: the grace window answers with it
    ) STRICT;
    CREATE INDEX refresh_token_by_did ON refresh_token (did);
    CREATE TABLE app_password (
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        privileged INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (did, name)
    ) STRICT;
    CREATE TABLE invite_code (
        code TEXT PRIMARY KEY,
        available INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        for_account TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE invite_code_use (
        code TEXT NOT NULL REFERENCES invite_code(code),
        used_by TEXT NOT NULL,
        used_at TEXT NOT NULL,
        PRIMARY KEY (code, used_by)
    ) STRICT;
    CREATE TABLE email_token (
        purpose TEXT NOT NULL,
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        token TEXT NOT NULL,
        requested_at INTEGER NOT NULL,  -- unix seconds
        PRIMARY KEY (purpose, did)
    ) STRICT;
    CREATE TABLE blob (
        did TEXT NOT NULL,
        cid TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        permanent INTEGER NOT NULL DEFAULT 0,  -- 0 while temporary (uploaded, not yet referenced)
        created_at INTEGER NOT NULL,           -- unix seconds
        takedown_ref TEXT,
        PRIMARY KEY (did, cid)
    ) STRICT;
    CREATE TABLE record_blob (
        did TEXT NOT NULL,
        blob_cid TEXT NOT NULL,
        record_uri TEXT NOT NULL,
        PRIMARY KEY (did, blob_cid, record_uri)
    ) STRICT;
    CREATE INDEX record_blob_by_record ON record_blob (did, record_uri);
    CREATE TABLE preference (
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,             -- the preference's $type
        value TEXT NOT NULL,            -- JSON
        PRIMARY KEY (did, position)
    ) STRICT;",
    // 4: signing keys reserved ahead of account creation (reserveSigningKey), for migrations.
    "CREATE TABLE reserved_key (
        key_did TEXT PRIMARY KEY,       -- the public key, as did:key
        did TEXT UNIQUE,                -- the account it is reserved for, if named
        private_key TEXT NOT NULL,      -- private, hex (k256)
        created_at INTEGER NOT NULL     -- unix seconds
    ) STRICT;",
    // 5: the blocks an import stores say `rev = ''` (their revision is the repository's `import_rev`) and
    // stay out of the revision index: an import then writes no index entry per block, and need not know
    // the revision (in the commit block, anywhere in the CAR) before storing the first block.
    "ALTER TABLE repo ADD COLUMN import_rev TEXT;  -- the revision of the last import, if any
    DROP INDEX block_by_rev;
    CREATE INDEX block_by_rev ON block (repo, rev) WHERE rev <> '';",
    // 6: how many records point at each record block, instead of an index of the records by CID (which an
    // import filled with one entry per record, in random order): an import writes the counts in CID order.
    "CREATE TABLE record_ref (
        repo INTEGER NOT NULL REFERENCES repo(id) ON DELETE CASCADE,
        cid BLOB NOT NULL,
        refs INTEGER NOT NULL,  -- how many records (paths) have this CID; the row goes when none has
        PRIMARY KEY (repo, cid)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO record_ref (repo, cid, refs) SELECT repo, cid, count(*) FROM record GROUP BY repo, cid;
    DROP INDEX record_by_cid;",
    // 7: only shared record blocks are counted: a record block without a row is held by exactly one record
    // path (almost every record), so an import writes a row per shared block instead of one per record.
    "DELETE FROM record_ref WHERE refs < 2;",
    // 8: OAuth: pushed authorization requests (until their code is exchanged), sessions (one row per
    // grant: its current access token id and refresh token), used refresh tokens (a replay revokes the
    // session), devices and the accounts signed in on them (the account chooser).
    "CREATE TABLE oauth_request (
        id TEXT PRIMARY KEY,            -- `req-<hex>`: the tail of the request_uri
        client_id TEXT NOT NULL,
        client_auth TEXT NOT NULL,      -- JSON: how the client authenticated at PAR
        parameters TEXT NOT NULL,       -- JSON: the authorization request
        dpop_jkt TEXT,                  -- the key the PAR's DPoP proof was signed with
        device_id TEXT,                 -- the device that signed in
        did TEXT,                       -- the account that signed in
        code TEXT UNIQUE,               -- set when the account holder consented
        expires_at INTEGER NOT NULL     -- unix seconds
    ) STRICT;
    CREATE TABLE oauth_token (
        id TEXT PRIMARY KEY,            -- the session
        access_id TEXT NOT NULL UNIQUE, -- `tok-<hex>`: the current access token's jti (rotates)
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        client_auth TEXT NOT NULL,      -- JSON: how the client authenticated
        dpop_jkt TEXT NOT NULL,
        scope TEXT NOT NULL,            -- the granted scope
        parameters TEXT NOT NULL,       -- JSON: the authorization request
        code TEXT UNIQUE,               -- the code it was made from (a replay revokes it)
        refresh_token TEXT UNIQUE,      -- the current refresh token
        device_id TEXT,
        created_at INTEGER NOT NULL,    -- unix seconds
        updated_at INTEGER NOT NULL,    -- last refresh
        expires_at INTEGER NOT NULL     -- the session's end
    ) STRICT;
    CREATE INDEX oauth_token_by_did ON oauth_token (did);
    CREATE TABLE oauth_used_refresh_token (
        refresh_token TEXT PRIMARY KEY,
        token_id TEXT NOT NULL REFERENCES oauth_token(id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX oauth_used_refresh_token_by_token ON oauth_used_refresh_token (token_id);
    CREATE TABLE oauth_device_account (
        device_id TEXT NOT NULL,        -- `dev-<hex>`: the device cookie
        did TEXT NOT NULL REFERENCES account(did) ON DELETE CASCADE,
        authenticated_at INTEGER NOT NULL,  -- unix seconds: the last password sign-in on the device
        PRIMARY KEY (device_id, did)
    ) STRICT;",
    // 9: per-account storage quotas, overriding the server's defaults (`storage/quotas.rs`).
    "CREATE TABLE account_quota (
        did TEXT PRIMARY KEY REFERENCES account(did) ON DELETE CASCADE,
        blob_bytes INTEGER,     -- NULL: the server's default; negative: no quota
        repo_bytes INTEGER      -- likewise
    ) STRICT;",
    // 10: the email second factor (`emailAuthFactor`): when on, a sign-in with the account password also
    // needs a code mailed to the account's (confirmed) address.
    "ALTER TABLE account ADD COLUMN email_auth_factor INTEGER NOT NULL DEFAULT 0;",
];

/// Brings the database to the latest version, each step in its own transaction.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current)
        .map_err(|_| StorageError::Corrupt("negative schema version".into()))?;
    if current > MIGRATIONS.len() {
        return Err(StorageError::Corrupt(format!(
            "the database has schema version {current}, newer than this build knows ({})",
            MIGRATIONS.len()
        )));
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database at version 4 with records (two sharing a block) migrates to counts of its shared blocks.
    #[test]
    fn version_4_records_become_counts_of_shared_blocks() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.execute_batch(
            "INSERT INTO repo (id, did, head, data, rev) VALUES (1, 'did:plc:a', x'01', x'02', '3k');
             INSERT INTO block (repo, cid, rev, bytes) VALUES (1, x'aa', '3k', x'a0'), (1, x'bb', '3k', x'a0');
             INSERT INTO record (repo, collection, rkey, cid, rev) VALUES
                (1, 'c', '1', x'aa', '3k'), (1, 'c', '2', x'aa', '3k'), (1, 'c', '3', x'bb', '3k');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let refs: Vec<(Vec<u8>, i64)> = conn
            .prepare("SELECT cid, refs FROM record_ref WHERE repo = 1 ORDER BY cid")
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(refs, vec![(vec![0xaa], 2)]);
        let import_rev: Option<String> = conn
            .query_row("SELECT import_rev FROM repo WHERE id = 1", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(import_rev, None);
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
    }
}
