//! Permission-set rules: every collection and endpoint under the set's own namespace authority (the
//! permission spec; OAuth servers drop a permission that names anything else), and, when the catalog
//! knows the target, a record type for a collection and a query or procedure for an endpoint.

use crate::catalog::Catalog;
use crate::lexicon::{
    Code, Def, Diagnostic, Document, Permission, PermissionSet, child_path, index_path,
};

/// Appends the diagnostics of the permission set `set`, the def at `path` of `document`.
pub(super) fn check(
    out: &mut Vec<Diagnostic>,
    document: &Document,
    catalog: Option<&Catalog>,
    set: &PermissionSet,
    path: &str,
) {
    let Some(dot) = document.id.rfind('.') else {
        return;
    };
    let authority = &document.id[..=dot];
    let permissions = child_path(path, "permissions");
    for (i, permission) in set.permissions.iter().enumerate() {
        let at = index_path(&permissions, i);
        let (key, nsids, want): (_, _, fn(&Def) -> bool) = match permission {
            Permission::Repo { collection, .. } => {
                ("collection", collection, |d| matches!(d, Def::Record(_)))
            }
            Permission::Rpc { lxm, .. } => ("lxm", lxm, |d| {
                matches!(d, Def::Query(_) | Def::Procedure(_))
            }),
            Permission::Other { .. } => continue,
        };
        let list = child_path(&at, key);
        for (j, nsid) in nsids.iter().enumerate() {
            // `*` is reported by the parser.
            if nsid == "*" {
                continue;
            }
            let item = index_path(&list, j);
            let report = |code, message: String| {
                Diagnostic::new(code, Some(&document.id), item.clone(), message)
            };
            if !(nsid.len() > authority.len() && nsid.starts_with(authority)) {
                out.push(report(
                    Code::PermissionNamespace,
                    format!(
                        "`{nsid}` is not under `{authority}*`, the namespace of this permission set: OAuth servers drop the whole permission"
                    ),
                ));
            }
            let target = catalog.and_then(|c| c.def(nsid, "main"));
            if let Some(def) = target
                && !want(def)
            {
                let expected = if key == "collection" {
                    "a record type"
                } else {
                    "a query or procedure"
                };
                out.push(report(
                    Code::PermissionTarget,
                    format!("`{nsid}` is a `{}`, not {expected}", def.type_name()),
                ));
            }
        }
    }
}
