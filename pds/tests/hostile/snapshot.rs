//! Everything the server keeps about its accounts, to compare before and after the hostile requests: every
//! row of every table of its databases (repositories, records, blobs, sessions, preferences, accounts, the
//! event log, the embedded PLC directory) and every file it stores (blobs, mail).

use std::collections::BTreeMap;
use std::path::Path;

/// Table (or file) name → its rows, sorted.
pub type Snapshot = BTreeMap<String, Vec<String>>;

pub fn take(data_dir: &Path) -> Snapshot {
    let mut snapshot = Snapshot::new();
    for db in ["pds.sqlite", "plc.sqlite"] {
        let path = data_dir.join(db);
        if !path.exists() {
            continue;
        }
        let conn = rusqlite::Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("open database");
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("list tables");
        for table in tables {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM \"{table}\""))
                .expect("select");
            let columns = statement.column_count();
            let mut rows: Vec<String> = statement
                .query_map([], |row| {
                    (0..columns)
                        .map(|i| {
                            row.get::<_, rusqlite::types::Value>(i)
                                .map(|v| format!("{v:?}"))
                        })
                        .collect::<Result<Vec<_>, _>>()
                        .map(|cells| cells.join(" | "))
                })
                .and_then(|rows| rows.collect())
                .expect("rows");
            rows.sort();
            snapshot.insert(format!("{db}/{table}"), rows);
        }
    }
    let mut files = Vec::new();
    list_files(data_dir, data_dir, &mut files);
    files.sort();
    snapshot.insert("files".into(), files);
    snapshot
}

/// Stored files (blobs, mail) with their sizes; the databases, their logs and the lock are compared above.
fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            list_files(root, &path, out);
            continue;
        }
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        if name.contains(".sqlite") || name == "lock" {
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(format!("{name} ({size} bytes)"));
    }
}

/// The tables (or files) whose content differs, with what changed.
pub fn differences(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for name in before.keys().chain(after.keys()) {
        let (b, a) = (before.get(name), after.get(name));
        if b == a
            || out
                .iter()
                .any(|o: &String| o.starts_with(&format!("{name}:")))
        {
            continue;
        }
        let empty = Vec::new();
        let (b, a) = (b.unwrap_or(&empty), a.unwrap_or(&empty));
        let gone: Vec<_> = b.iter().filter(|r| !a.contains(r)).collect();
        let new: Vec<_> = a.iter().filter(|r| !b.contains(r)).collect();
        out.push(format!("{name}: removed {gone:?}, added {new:?}"));
    }
    out
}
