//! The conformance table of `docs/conformance.md`, read by the tests that compare us with the
//! reference: each row's id, the modes it holds in, and the diagnostic codes we report for it.

use std::path::PathBuf;

use anyhow::Context;

/// One row: a deliberate difference from the reference validators.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    /// True when the difference holds only in strict mode (lenient mode agrees with the reference).
    pub strict_only: bool,
    /// The diagnostic codes we report where we reject what the reference accepts.
    pub codes: Vec<String>,
}

pub fn path() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/conformance.md")
}

/// The rows of the table: lines `| \`id\` | both or strict | \`code\`, … or — | … |`.
pub fn load() -> anyhow::Result<Vec<Row>> {
    let path = path();
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("| `") else {
            continue;
        };
        let cells: Vec<&str> = rest.split(" | ").collect();
        anyhow::ensure!(cells.len() >= 4, "malformed conformance row: {line}");
        let id = cells[0].trim_end_matches('`').to_owned();
        let strict_only = match cells[1].trim() {
            "both" => false,
            "strict" => true,
            other => anyhow::bail!("row {id}: modes must be `both` or `strict`, not {other:?}"),
        };
        let codes = cells[2]
            .split(',')
            .map(|c| c.trim().trim_matches('`').to_owned())
            .filter(|c| !c.is_empty() && c != "—")
            .collect();
        rows.push(Row {
            id,
            strict_only,
            codes,
        });
    }
    anyhow::ensure!(!rows.is_empty(), "no rows in {}", path.display());
    Ok(rows)
}
