//! `--from`: a PDS URL as given, or an account's DID or handle resolved to the PDS its DID document
//! names (did:plc through the PLC directory, did:web through `/.well-known/did.json`; a handle through DNS
//! `_atproto` TXT, then `https://<handle>/.well-known/atproto-did`).

use std::time::Duration;

use lexgen::model::{Did, Handle};

use super::MigrateError;
use crate::identity::{Plc, doc_fields, resolve_did};
use crate::plc::client::PlcClient;

/// Where the account lives now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Source {
    /// The old PDS's URL.
    pub url: String,
    /// The DID, when `--from` named the account.
    pub did: Option<Did>,
}

/// Resolves `from`.
pub(crate) async fn resolve(from: &str, plc_url: &str) -> Result<Source, MigrateError> {
    if from.starts_with("http://") || from.starts_with("https://") {
        return Ok(Source {
            url: from.trim_end_matches('/').to_owned(),
            did: None,
        });
    }
    let failed = |reason: String| MigrateError::Resolve {
        from: from.to_owned(),
        reason,
    };
    let did: Did = match from.parse::<Did>() {
        Ok(did) => did,
        Err(_) => {
            let handle: Handle = from
                .parse()
                .map_err(|_| failed("neither a URL, a DID nor a handle".to_owned()))?;
            handle_to_did(&handle)
                .await
                .ok_or_else(|| failed("the handle resolves to no DID".to_owned()))?
        }
    };
    let url = pds_of(&did, plc_url).await.map_err(failed)?;
    Ok(Source {
        url,
        did: Some(did),
    })
}

/// The PDS endpoint the DID document names.
pub(crate) async fn pds_of(did: &Did, plc_url: &str) -> Result<String, String> {
    let http = http()?;
    let plc = Plc::Remote(PlcClient::with_http(http.clone(), plc_url));
    let doc = resolve_did(&plc, &http, did)
        .await
        .map_err(|e| e.to_string())?;
    doc_fields(did.as_str(), &doc)
        .pds
        .map(|url| url.trim_end_matches('/').to_owned())
        .ok_or_else(|| "the DID document names no PDS".to_owned())
}

async fn handle_to_did(handle: &Handle) -> Option<Did> {
    if let Some(did) = crate::identity::dns::atproto_did(handle.as_str()).await {
        return did.parse().ok();
    }
    let text = http()
        .ok()?
        .get(format!("https://{handle}/.well-known/atproto-did"))
        .send()
        .await
        .ok()?
        .error_for_status()
        .ok()?
        .text()
        .await
        .ok()?;
    text.lines().next()?.trim().parse().ok()
}

fn http() -> Result<reqwest::Client, String> {
    crate::plc::client::http_client(Duration::from_secs(10)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_url_is_taken_as_given_and_nonsense_is_refused() {
        let source = resolve("https://pds.example.com/", "http://127.0.0.1:9")
            .await
            .unwrap();
        assert_eq!(source.url, "https://pds.example.com");
        assert_eq!(source.did, None);
        for nonsense in ["not a handle", "did:", "ftp://pds.example.com"] {
            assert!(matches!(
                resolve(nonsense, "http://127.0.0.1:9").await,
                Err(MigrateError::Resolve { .. })
            ));
        }
    }
}
