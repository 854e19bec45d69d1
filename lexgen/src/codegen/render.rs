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

/// `head { field: kind "key" [= "default"] [rule], ... }` printed one entry per line under `indent`.
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
    for entry in split_commas(entries?) {
        table.push_str(&format!("{indent}        {},\n", self::entry(&entry)?));
    }
    table.push_str(&format!("{indent}    }}\n{indent}}}\n"));
    Some(table)
}

/// The comma-separated items of `tokens` (empty items dropped).
fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut items = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => items.push(Vec::new()),
            _ => items.last_mut().expect("never empty").push(token),
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

/// `field: kind "key" [= "default"]` followed by its rule (`string { max_length: 3 }`, `array {}
/// of ..`), or `None` for any other shape.
fn entry(tokens: &[TokenTree]) -> Option<String> {
    let (field, colon, kind, key, mut rest) = match tokens {
        [field, TokenTree::Punct(colon), kind, key, rest @ ..] => (field, colon, kind, key, rest),
        _ => return None,
    };
    if colon.as_char() != ':' {
        return None;
    }
    let mut text = format!("{field}: {kind} {key}");
    if let [TokenTree::Punct(eq), default, after @ ..] = rest
        && eq.as_char() == '='
    {
        text.push_str(&format!(" = {default}"));
        rest = after;
    }
    for token in rest {
        match token {
            TokenTree::Ident(word) => text.push_str(&format!(" {word}")),
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                let mut parts = Vec::new();
                for item in split_commas(group.stream()) {
                    let [TokenTree::Ident(name), TokenTree::Punct(colon), value @ ..] = &item[..]
                    else {
                        return None;
                    };
                    if colon.as_char() != ':' {
                        return None;
                    }
                    parts.push(format!("{name}: {}", self::value(value)?));
                }
                if parts.is_empty() {
                    text.push_str(" {}");
                } else {
                    text.push_str(&format!(" {{ {} }}", parts.join(", ")));
                }
            }
            _ => return None,
        }
    }
    Some(text)
}

/// A rule's value: a literal, `true`, `-1`, `&[..]` of those.
fn value(tokens: &[TokenTree]) -> Option<String> {
    let mut text = String::new();
    for token in tokens {
        match token {
            TokenTree::Punct(p) if matches!(p.as_char(), '&' | '-') => text.push(p.as_char()),
            TokenTree::Literal(literal) => text.push_str(&literal.to_string()),
            TokenTree::Ident(word) => text.push_str(&word.to_string()),
            TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => {
                let items: Option<Vec<String>> = split_commas(group.stream())
                    .iter()
                    .map(|item| value(item))
                    .collect();
                text.push_str(&format!("[{}]", items?.join(", ")));
            }
            _ => return None,
        }
    }
    Some(text)
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
    fn rules_follow_their_entry_on_its_line() {
        let flowed = "::lexgen::params! {\n    Params { limit : default \"limit\" = \"50\" integer\n    { minimum : - 1, one_of : & [1, 2] }, tags : repeated \"tags\" array {} of\n    string { max_length : 3 }, }\n}\n";
        let expected = "::lexgen::params! {\n    Params {\n        limit: default \"limit\" = \"50\" integer { minimum: -1, one_of: &[1, 2] },\n        tags: repeated \"tags\" array {} of string { max_length: 3 },\n    }\n}\n";
        assert_eq!(tables(flowed), expected);
        let blob = "::lexgen::object! {\n    Image, extra { image : required \"image\" blob { accept : & [\"image/*\"], max_size : 10 }, }\n}\n";
        let expected = "::lexgen::object! {\n    Image, extra {\n        image: required \"image\" blob { accept: &[\"image/*\"], max_size: 10 },\n    }\n}\n";
        assert_eq!(tables(blob), expected);
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
