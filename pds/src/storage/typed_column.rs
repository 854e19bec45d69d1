//! Typed columns: a text column read as a `lexgen::model` type (`Did`, `Cid`, ...), parsed once when the row
//! is read; a value that does not parse is a conversion error of that column, never a string passed on.

use std::str::FromStr;

use rusqlite::Row;
use rusqlite::types::Type;

/// Column `index` of `row`, parsed from its text.
pub(super) fn parsed<T>(row: &Row<'_>, index: usize) -> rusqlite::Result<T>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(index)?;
    text.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

#[cfg(test)]
mod tests {
    use lexgen::model::Did;
    use rusqlite::Connection;

    use super::parsed;

    #[test]
    fn a_column_that_does_not_parse_is_an_error_of_that_column() {
        let conn = Connection::open_in_memory().unwrap();
        let read = |text: &str| conn.query_row("SELECT 1, ?1", [text], |row| parsed::<Did>(row, 1));
        assert_eq!(
            read("did:plc:abc").unwrap(),
            "did:plc:abc".parse::<Did>().unwrap()
        );
        assert!(matches!(
            read("not a did"),
            Err(rusqlite::Error::FromSqlConversionFailure(
                1,
                rusqlite::types::Type::Text,
                _
            ))
        ));
    }
}
