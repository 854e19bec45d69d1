//! Visiting every data schema of a document with its JSON path.

use crate::lexicon::{Body, Def, Document, Field, Params, ROOT_PATH, child_path};

/// One data schema found in a document.
pub struct FieldVisit<'a> {
    /// The def the schema belongs to.
    pub def: &'a str,
    /// The schema.
    pub field: &'a Field,
    /// Its JSON path in the document.
    pub path: String,
    /// Whether it is (inside) a record's schema.
    pub in_record: bool,
    /// Whether it is a parameter (or the items of one).
    pub in_params: bool,
}

/// Calls `visit` for every data schema of `document`, parents before children. A record's own
/// object is not visited (its properties are); a subscription's message union is.
pub fn walk_fields<'a>(document: &'a Document, mut visit: impl FnMut(FieldVisit<'a>)) {
    let defs = child_path(ROOT_PATH, "defs");
    for (name, def) in &document.defs {
        let path = child_path(&defs, name);
        let mut walker = Walker {
            def: name,
            visit: &mut visit,
        };
        match def {
            Def::Record(record) => {
                let props = child_path(&child_path(&path, "record"), "properties");
                for (prop, field) in &record.record.properties {
                    walker.walk(field, child_path(&props, prop), true, false);
                }
            }
            Def::Query(query) => {
                walker.params(query.parameters.as_ref(), &path);
                walker.body(query.output.as_ref(), &child_path(&path, "output"));
            }
            Def::Procedure(procedure) => {
                walker.params(procedure.parameters.as_ref(), &path);
                walker.body(procedure.input.as_ref(), &child_path(&path, "input"));
                walker.body(procedure.output.as_ref(), &child_path(&path, "output"));
            }
            Def::Subscription(subscription) => {
                walker.params(subscription.parameters.as_ref(), &path);
                if let Some(message) = &subscription.message {
                    let p = child_path(&child_path(&path, "message"), "schema");
                    walker.walk(&message.schema, p, false, false);
                }
            }
            Def::PermissionSet(_) | Def::Token(_) => {}
            Def::Field(field) => walker.walk(field, path, false, false),
        }
    }
}

struct Walker<'a, 'v, F: FnMut(FieldVisit<'a>)> {
    def: &'a str,
    visit: &'v mut F,
}

impl<'a, F: FnMut(FieldVisit<'a>)> Walker<'a, '_, F> {
    fn params(&mut self, params: Option<&'a Params>, path: &str) {
        let Some(params) = params else { return };
        let props = child_path(&child_path(path, "parameters"), "properties");
        for (name, field) in &params.properties {
            self.walk(field, child_path(&props, name), false, true);
        }
    }

    fn body(&mut self, body: Option<&'a Body>, path: &str) {
        if let Some(schema) = body.and_then(|b| b.schema.as_ref()) {
            self.walk(schema, child_path(path, "schema"), false, false);
        }
    }

    fn walk(&mut self, field: &'a Field, path: String, in_record: bool, in_params: bool) {
        (self.visit)(FieldVisit {
            def: self.def,
            field,
            path: path.clone(),
            in_record,
            in_params,
        });
        match field {
            Field::Array(array) => {
                self.walk(
                    &array.items,
                    child_path(&path, "items"),
                    in_record,
                    in_params,
                );
            }
            Field::Object(object) => {
                let props = child_path(&path, "properties");
                for (name, field) in &object.properties {
                    self.walk(field, child_path(&props, name), in_record, in_params);
                }
            }
            _ => {}
        }
    }
}
