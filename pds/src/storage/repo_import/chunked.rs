//! Inserting rows a chunk at a time: one `INSERT ... VALUES (...), (...), ...` statement of [`CHUNK`]
//! rows starts SQLite's statement machinery (and opens its cursors) once, where a statement per row does it
//! for every row.

use rusqlite::types::ToSql;
use rusqlite::{CachedStatement, Connection};

/// Rows per statement.
pub(super) const CHUNK: usize = 32;

/// One insert statement, prepared for a whole chunk and for a single row (the rows left over).
pub(super) struct Chunked<'c> {
    many: CachedStatement<'c>,
    one: CachedStatement<'c>,
}

/// Binds a row's values, in the order of the row's `?` placeholders.
pub(super) struct Binder<'s, 'c> {
    statement: &'s mut CachedStatement<'c>,
    bound: usize,
}

impl Binder<'_, '_> {
    pub(super) fn bind(&mut self, value: impl ToSql) -> rusqlite::Result<()> {
        self.bound += 1;
        self.statement.raw_bind_parameter(self.bound, value)
    }
}

impl<'c> Chunked<'c> {
    /// `head` is the statement up to `VALUES`; `row` one row's values, e.g. `(?, ?, '')`.
    pub(super) fn new(conn: &'c Connection, head: &str, row: &str) -> rusqlite::Result<Self> {
        let rows = vec![row; CHUNK].join(", ");
        Ok(Self {
            many: conn.prepare_cached(&format!("{head} VALUES {rows}"))?,
            one: conn.prepare_cached(&format!("{head} VALUES {row}"))?,
        })
    }

    /// Inserts `rows`, each bound by `bind`; returns how many rows were inserted (an `OR IGNORE` insert
    /// leaves out the rows already there).
    pub(super) fn insert<R>(
        &mut self,
        rows: &[R],
        mut bind: impl FnMut(&mut Binder<'_, 'c>, &R) -> rusqlite::Result<()>,
    ) -> rusqlite::Result<usize> {
        let mut inserted = 0;
        let mut chunks = rows.chunks_exact(CHUNK);
        for chunk in &mut chunks {
            let mut binder = Binder {
                statement: &mut self.many,
                bound: 0,
            };
            for row in chunk {
                bind(&mut binder, row)?;
            }
            inserted += self.many.raw_execute()?;
        }
        for row in chunks.remainder() {
            bind(
                &mut Binder {
                    statement: &mut self.one,
                    bound: 0,
                },
                row,
            )?;
            inserted += self.one.raw_execute()?;
        }
        Ok(inserted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_whole_chunks_and_the_rest() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT NOT NULL, c TEXT NOT NULL)",
        )
        .unwrap();
        let mut insert =
            Chunked::new(&conn, "INSERT OR IGNORE INTO t (a, b, c)", "(?, ?, 'x')").unwrap();
        let rows: Vec<(i64, String)> = (0..CHUNK as i64 * 2 + 5)
            .map(|a| (a, format!("r{a}")))
            .collect();
        let bind = |binder: &mut Binder<'_, '_>, row: &(i64, String)| {
            binder.bind(row.0)?;
            binder.bind(&row.1)
        };
        assert_eq!(insert.insert(&rows, bind).unwrap(), rows.len());
        // Already there: ignored, and counted as such.
        assert_eq!(insert.insert(&rows[..CHUNK + 1], bind).unwrap(), 0);
        let (count, sum): (i64, i64) = conn
            .query_row(
                "SELECT count(*), sum(a) FROM t WHERE b = 'r' || a AND c = 'x'",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (count, sum),
            (rows.len() as i64, rows.iter().map(|r| r.0).sum())
        );
    }
}
