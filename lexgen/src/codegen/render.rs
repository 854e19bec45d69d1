//! Turns generated tokens into the committed text: prettyplease formatting, one entry per line in
//! `lexgen::object!` / `lexgen::params!` tables, and the one `// @generated` header line naming the
//! source.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use super::CodegenError;

/// Formats `tokens` as a file whose first line is `// @generated from <source> by cargo xtask codegen`.
pub(crate) fn file(tokens: TokenStream, source: &str, what: &str) -> Result<String, CodegenError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Syntax {
        file: what.to_owned(),
        message: e.to_string(),
    })?;
    let body = tables(&prettyplease::unparse(&file));
    Ok(format!(
        "// @generated from {source} by cargo xtask codegen\n{body}"
    ))
}

/// The table macros generated code invokes.
const TABLE_MACROS: [&str; 2] = ["::lexgen::object! {", "::lexgen::params! {"];

/// prettyplease flows a macro's tokens like prose; `object!` and `params!` invocations read best
/// as tables, so each one is re-printed with one entry per line (same tokens).
fn tables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let indent = &line[..line.len() - line.trim_start().len()];
        let Some(open) = TABLE_MACROS.into_iter().find(|m| line.trim_start() == *m) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let close = format!("{indent}}}");
        let mut inner = String::new();
        let mut closed = false;
        for next in lines.by_ref() {
            if next == close {
                closed = true;
                break;
            }
            inner.push_str(next);
            inner.push('\n');
        }
        match table(open, &inner, indent).filter(|_| closed) {
            Some(table) => out.push_str(&table),
            None => {
                // Not the shape the generator writes: keep prettyplease's text as it was.
                out.push_str(line);
                out.push('\n');
                out.push_str(&inner);
                if closed {
                    out.push_str(&close);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// `head { field: kind "key" [= "default"], ... }` printed one entry per line under `indent`.
fn table(open: &str, inner: &str, indent: &str) -> Option<String> {
    let tokens: TokenStream = inner.parse().ok()?;
    let mut head = String::new();
    let mut entries = None;
    for token in tokens {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                entries = Some(group.stream());
            }
            TokenTree::Punct(punct) if punct.as_char() == ',' => head.push(','),
            other => {
                if !head.is_empty() {
                    head.push(' ');
                }
                head.push_str(&other.to_string());
            }
        }
    }
    let mut table = format!("{indent}{open}\n{indent}    {head} {{\n");
    let mut entry = Vec::new();
    for token in entries?
        .into_iter()
        .chain([TokenTree::Punct(proc_macro2::Punct::new(
            ',',
            proc_macro2::Spacing::Alone,
        ))])
    {
        if matches!(&token, TokenTree::Punct(p) if p.as_char() == ',') {
            match entry.as_slice() {
                [] => {}
                [field, TokenTree::Punct(colon), kind, key] if colon.as_char() == ':' => {
                    table.push_str(&format!("{indent}        {field}: {kind} {key},\n"));
                }
                [
                    field,
                    TokenTree::Punct(colon),
                    kind,
                    key,
                    TokenTree::Punct(eq),
                    default,
                ] if colon.as_char() == ':' && eq.as_char() == '=' => {
                    table.push_str(&format!(
                        "{indent}        {field}: {kind} {key} = {default},\n"
                    ));
                }
                _ => return None,
            }
            entry.clear();
        } else {
            entry.push(token);
        }
    }
    table.push_str(&format!("{indent}    }}\n{indent}}}\n"));
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::tables;

    #[test]
    fn tables_put_one_entry_per_line() {
        let flowed = "::lexgen::object! {\n    record Post = \"app.bsky.feed.post\", extra { text : required\n    \"text\", langs : optional \"langs\", }\n}\n";
        let expected = "::lexgen::object! {\n    record Post = \"app.bsky.feed.post\", extra {\n        text: required \"text\",\n        langs: optional \"langs\",\n    }\n}\n";
        assert_eq!(tables(flowed), expected);
        let params = "::lexgen::params! {\n    Params { limit : default \"limit\" = \"50\", }\n}\n";
        let expected = "::lexgen::params! {\n    Params {\n        limit: default \"limit\" = \"50\",\n    }\n}\n";
        assert_eq!(tables(params), expected);
    }

    #[test]
    fn other_shapes_are_left_as_printed() {
        for text in [
            "fn main() {}\n",
            "::lexgen::object! {\n    Post, extra { text : required }\n}\n",
            "::lexgen::object! {\n    Post, extra { text : required \"text\" }\n",
        ] {
            assert_eq!(tables(text), text);
        }
    }
}
