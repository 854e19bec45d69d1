//! "Did you mean …?" hints: the closest known word to a misspelt attribute or type name.

/// The candidate closest to `word` (same letters ignoring case, or at most two edits away).
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    if let Some(same) = candidates.iter().find(|c| c.to_ascii_lowercase() == lower) {
        return Some(same);
    }
    candidates
        .iter()
        .map(|c| (distance(&lower, &c.to_ascii_lowercase()), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over bytes.
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.bytes().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(x != *y))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// ` (did you mean `x`?)` or nothing.
pub fn hint(word: &str, candidates: &[&str]) -> String {
    closest(word, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(closest("maxsize", &["accept", "maxSize"]), Some("maxSize"));
        assert_eq!(closest("strin", &["string", "integer"]), Some("string"));
        assert_eq!(
            closest("knownValue", &["knownValues", "enum"]),
            Some("knownValues")
        );
        assert_eq!(closest("colour", &["type", "description"]), None);
        assert_eq!(hint("x", &[]), "");
    }
}
