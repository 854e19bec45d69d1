//! Each account's DID document, resolved before anything is written (the reference's accounts keep their
//! documents: no PLC operation). It must name the signing key being adopted, or the account could not be
//! served (it fails); it should name this server's URL as the PDS, or clients and relays keep going to the
//! address it does name (a note). A document that cannot be resolved is a note: the adoption goes on.

use std::collections::BTreeMap;

use lexgen::crypto::PublicKey;
use lexgen::model::Did;

use crate::app::AppState;
use crate::identity::{DocFields, doc_fields, resolve_did};

use super::{AdoptError, Summary};

/// What each DID's document says, or why it could not be resolved, by DID.
pub(crate) type Identities = BTreeMap<String, Result<DocFields, String>>;

/// Resolves the documents of `dids` (through the configured PLC directory, or over HTTPS for did:web).
pub(super) async fn resolve(app: &AppState, dids: Vec<String>) -> Identities {
    let mut identities = Identities::new();
    for text in dids {
        let fields = match text.parse::<Did>() {
            Ok(did) => resolve_did(&app.plc, &app.http, &did)
                .await
                .map(|doc| doc_fields(&text, &doc))
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        identities.insert(text, fields);
    }
    identities
}

/// Checks `did`'s document against the key being adopted and this server's URL.
pub(super) fn check(
    identities: &Identities,
    did: &str,
    key: &PublicKey,
    public_url: &str,
    summary: &mut Summary,
) -> Result<(), AdoptError> {
    let fields = match identities.get(did) {
        Some(Ok(fields)) => fields,
        Some(Err(why)) => {
            summary.note(did, format!("DID document not checked: {why}"));
            return Ok(());
        }
        None => {
            summary.note(did, "DID document not checked: not resolved");
            return Ok(());
        }
    };
    if fields.signing_key.as_ref() != Some(key) {
        return Err(AdoptError::Invalid(
            "the DID document does not name the account's signing key (#atproto)".into(),
        ));
    }
    let pds = fields.pds.as_deref().map(|url| url.trim_end_matches('/'));
    if pds != Some(public_url.trim_end_matches('/')) {
        summary.note(
            did,
            format!(
                "the DID document names {} as its PDS, this server is {public_url}",
                pds.unwrap_or("no endpoint")
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use lexgen::crypto::{Algorithm, Keypair};

    #[test]
    fn the_document_must_name_the_key_and_should_name_this_server() {
        let key = Keypair::generate(Algorithm::K256).unwrap().public_key();
        let other = Keypair::generate(Algorithm::K256).unwrap().public_key();
        let fields = |signing_key, pds: &str| DocFields {
            handle: None,
            signing_key: Some(signing_key),
            pds: Some(pds.to_owned()),
        };
        let mut identities = Identities::new();
        identities.insert(
            "did:plc:same".into(),
            Ok(fields(key, "https://pds.example/")),
        );
        identities.insert(
            "did:plc:moved".into(),
            Ok(fields(key, "https://elsewhere.example")),
        );
        identities.insert(
            "did:plc:rekeyed".into(),
            Ok(fields(other, "https://pds.example")),
        );
        identities.insert("did:plc:lost".into(), Err("unreachable".into()));
        let mut summary = Summary::default();
        let url = "https://pds.example";
        check(&identities, "did:plc:same", &key, url, &mut summary).unwrap();
        assert!(summary.notes.is_empty());
        check(&identities, "did:plc:moved", &key, url, &mut summary).unwrap();
        check(&identities, "did:plc:lost", &key, url, &mut summary).unwrap();
        check(&identities, "did:plc:unknown", &key, url, &mut summary).unwrap();
        let noted: Vec<&str> = summary.notes.iter().map(|n| n.what.as_str()).collect();
        assert_eq!(noted, ["did:plc:moved", "did:plc:lost", "did:plc:unknown"]);
        assert!(matches!(
            check(&identities, "did:plc:rekeyed", &key, url, &mut summary),
            Err(AdoptError::Invalid(_))
        ));
    }
}
