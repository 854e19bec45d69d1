//! The project's canonical text form of a lexicon document, and removal of description prose.
//!
//! Canonical form: 2-space indentation, one member per line, a trailing newline; document keys
//! `lexicon`, `id`, `revision`, `description`, `defs`; `main` first among defs, then the others by
//! name; in every schema node `type` first, then `description`, then the type's attributes in a fixed
//! order ([`SCHEMA_KEY_ORDER`]), unlisted keys last by name; `properties` sorted by name; arrays
//! of scalars on one line when the line fits in 100 columns. Array order is kept (it is a fact).

use serde_json::{Map, Value};

/// The order of attributes inside a schema node (any `type`, also `permission`).
pub const SCHEMA_KEY_ORDER: &[&str] = &[
    "type",
    "description",
    "title",
    "title:lang",
    "detail",
    "detail:lang",
    "key",
    "resource",
    "collection",
    "action",
    "lxm",
    "aud",
    "inheritAud",
    "ref",
    "refs",
    "closed",
    "items",
    "format",
    "accept",
    "maxSize",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minGraphemes",
    "maxGraphemes",
    "enum",
    "knownValues",
    "const",
    "default",
    "required",
    "nullable",
    "properties",
    "parameters",
    "input",
    "output",
    "message",
    "errors",
    "record",
    "permissions",
];

const DOCUMENT_KEY_ORDER: &[&str] = &["lexicon", "id", "revision", "description", "defs"];
const BODY_KEY_ORDER: &[&str] = &["description", "encoding", "schema"];
const ERROR_KEY_ORDER: &[&str] = &["name", "description"];
const WIDTH: usize = 100;

/// What a JSON node is within a lexicon document; decides key order and where descriptions live.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Document,
    Defs,
    Schema,
    Properties,
    Body,
    Error,
    Plain,
}

/// The role of the member `key` of a node with role `parent`.
fn child_role(parent: Role, key: &str) -> Role {
    match parent {
        Role::Document if key == "defs" => Role::Defs,
        Role::Defs | Role::Properties => Role::Schema,
        Role::Schema => match key {
            "properties" => Role::Properties,
            "items" | "record" | "parameters" | "permissions" => Role::Schema,
            "input" | "output" | "message" => Role::Body,
            "errors" => Role::Error,
            _ => Role::Plain,
        },
        Role::Body if key == "schema" => Role::Schema,
        _ => Role::Plain,
    }
}

/// Whether a node with this role carries description prose in its `description` member.
fn has_description(role: Role) -> bool {
    matches!(
        role,
        Role::Document | Role::Schema | Role::Body | Role::Error
    )
}

/// A copy of a lexicon document without any `description` prose (on the document, defs, schema
/// nodes, bodies and errors). Properties that happen to be *named* `description` are kept.
pub fn strip_descriptions(document: &Value) -> Value {
    strip(document, Role::Document)
}

fn strip(value: &Value, role: Role) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, member) in map {
                if key == "description" && has_description(role) {
                    continue;
                }
                out.insert(key.clone(), strip(member, child_role(role, key)));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|item| strip(item, role)).collect()),
        other => other.clone(),
    }
}

/// The canonical text of a lexicon document (see the module documentation), ending in a newline.
pub fn to_canonical_string(document: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, document, Role::Document, 0, 0);
    out.push('\n');
    out
}

fn ordered_keys(map: &Map<String, Value>, role: Role) -> Vec<&String> {
    let order: &[&str] = match role {
        Role::Document => DOCUMENT_KEY_ORDER,
        Role::Schema => SCHEMA_KEY_ORDER,
        Role::Body => BODY_KEY_ORDER,
        Role::Error => ERROR_KEY_ORDER,
        Role::Defs => &["main"],
        Role::Properties | Role::Plain => &[],
    };
    let rank = |key: &str| order.iter().position(|k| *k == key).unwrap_or(order.len());
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    keys
}

fn scalar_text(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Writes `value` whose first line starts at column `column`, nested `depth` levels.
fn write_value(out: &mut String, value: &Value, role: Role, depth: usize, column: usize) {
    match value {
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            let keys = ordered_keys(map, role);
            for (i, key) in keys.iter().enumerate() {
                let indent = "  ".repeat(depth + 1);
                let key_text = scalar_text(&Value::String((*key).clone()));
                out.push_str(&indent);
                out.push_str(&key_text);
                out.push_str(": ");
                let member_column = indent.len() + key_text.len() + 2;
                if let Some(member) = map.get(*key) {
                    write_value(out, member, child_role(role, key), depth + 1, member_column);
                }
                if i + 1 < keys.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&"  ".repeat(depth));
            out.push('}');
        }
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            let all_scalar = items.iter().all(|i| !i.is_object() && !i.is_array());
            if all_scalar {
                let inline = format!(
                    "[{}]",
                    items.iter().map(scalar_text).collect::<Vec<_>>().join(", ")
                );
                // +1 for a possible trailing comma.
                if column + inline.len() < WIDTH {
                    out.push_str(&inline);
                    return;
                }
            }
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                let indent = "  ".repeat(depth + 1);
                out.push_str(&indent);
                write_value(out, item, role, depth + 1, indent.len());
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&"  ".repeat(depth));
            out.push(']');
        }
        scalar => out.push_str(&scalar_text(scalar)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strips_prose_but_keeps_a_property_named_description() {
        let doc = json!({
            "lexicon": 1, "id": "a.b.c", "description": "doc",
            "defs": {"main": {"type": "record", "description": "x", "key": "tid", "record": {
                "type": "object", "properties": {"description": {"type": "string", "description": "y"}}
            }}}
        });
        let stripped = strip_descriptions(&doc);
        assert_eq!(
            stripped,
            json!({"lexicon": 1, "id": "a.b.c", "defs": {"main": {"type": "record", "key": "tid",
                "record": {"type": "object", "properties": {"description": {"type": "string"}}}}}})
        );
    }

    #[test]
    fn canonical_text_orders_keys_and_inlines_short_arrays() {
        let doc = json!({
            "defs": {"z": {"type": "token"}, "main": {"required": ["a"], "type": "object",
                "properties": {"b": {"type": "integer"}, "a": {"maximum": 2, "type": "integer"}}}},
            "id": "a.b.c", "lexicon": 1
        });
        let text = to_canonical_string(&doc);
        let expected = r#"{
  "lexicon": 1,
  "id": "a.b.c",
  "defs": {
    "main": {
      "type": "object",
      "required": ["a"],
      "properties": {
        "a": {
          "type": "integer",
          "maximum": 2
        },
        "b": {
          "type": "integer"
        }
      }
    },
    "z": {
      "type": "token"
    }
  }
}
"#;
        assert_eq!(text, expected);
        let reparsed: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(reparsed, doc);
    }
}
