//! The few XRPC calls `publish` makes to the account's PDS: log in, resolve a handle, read and write
//! `com.atproto.lexicon.schema` records.

use anyhow::{Context, bail};
use lexgen::model::{Did, Nsid};
use pds::lexicon_resolver::SCHEMA_COLLECTION;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};

pub struct Xrpc {
    http: reqwest::Client,
    base: String,
    access_jwt: Option<String>,
}

impl Xrpc {
    pub fn new(base: &str) -> anyhow::Result<Self> {
        Ok(Self {
            http: pds::plc::client::http_client(std::time::Duration::from_secs(30))?,
            base: base.trim_end_matches('/').to_owned(),
            access_jwt: None,
        })
    }

    fn url(&self, method: &str) -> String {
        format!("{}/xrpc/{method}", self.base)
    }

    /// Logs in with an app password; the session's DID.
    pub async fn login(&mut self, identifier: &str, password: &str) -> anyhow::Result<Did> {
        let body = serde_json::json!({"identifier": identifier, "password": password});
        let session = self
            .send(
                self.http
                    .post(self.url("com.atproto.server.createSession"))
                    .header(CONTENT_TYPE, "application/json")
                    .body(serde_json::to_vec(&body)?),
            )
            .await
            .with_context(|| format!("logging in as {identifier} at {}", self.base))?;
        self.access_jwt = Some(
            session["accessJwt"]
                .as_str()
                .context("createSession returned no accessJwt")?
                .to_owned(),
        );
        Ok(session["did"]
            .as_str()
            .context("createSession returned no did")?
            .parse()?)
    }

    /// A DID as is; a handle through the PDS's `resolveHandle`.
    pub async fn resolve_identifier(&self, identifier: &str) -> anyhow::Result<Did> {
        if let Ok(did) = identifier.parse::<Did>() {
            return Ok(did);
        }
        let answer = self
            .send(
                self.http
                    .get(self.url("com.atproto.identity.resolveHandle"))
                    .query(&[("handle", identifier)]),
            )
            .await
            .with_context(|| format!("resolving {identifier}"))?;
        Ok(answer["did"]
            .as_str()
            .context("resolveHandle returned no did")?
            .parse()?)
    }

    /// The published schema record of `nsid` (without `$type`) and its CID, if there is one.
    pub async fn get_schema(
        &self,
        did: &Did,
        nsid: &Nsid,
    ) -> anyhow::Result<Option<(serde_json::Value, String)>> {
        let response = self
            .http
            .get(self.url("com.atproto.repo.getRecord"))
            .query(&[
                ("repo", did.as_str()),
                ("collection", SCHEMA_COLLECTION),
                ("rkey", nsid.as_str()),
            ])
            .send()
            .await?;
        let status = response.status();
        let body: serde_json::Value =
            serde_json::from_slice(&response.bytes().await?).unwrap_or_default();
        if !status.is_success() {
            if body["error"] == "RecordNotFound" || status == reqwest::StatusCode::NOT_FOUND {
                return Ok(None);
            }
            bail!("getRecord {nsid}: HTTP {status}: {body}");
        }
        let cid = body["cid"]
            .as_str()
            .context("getRecord returned no cid")?
            .to_owned();
        let mut value = body["value"].clone();
        if let Some(map) = value.as_object_mut() {
            map.remove("$type");
        }
        Ok(Some((value, cid)))
    }

    /// Writes the schema record of `nsid`; `swap` is the CID being replaced (none for a new record).
    pub async fn put_schema(
        &self,
        did: &Did,
        nsid: &Nsid,
        record: serde_json::Value,
        swap: Option<&str>,
    ) -> anyhow::Result<()> {
        let mut body = serde_json::json!({
            "repo": did.as_str(),
            "collection": SCHEMA_COLLECTION,
            "rkey": nsid.as_str(),
            "record": record,
        });
        if let Some(swap) = swap {
            body["swapRecord"] = swap.into();
        }
        let jwt = self.access_jwt.as_deref().context("not logged in")?;
        self.send(
            self.http
                .post(self.url("com.atproto.repo.putRecord"))
                .header(CONTENT_TYPE, "application/json")
                .header(AUTHORIZATION, format!("Bearer {jwt}"))
                .body(serde_json::to_vec(&body)?),
        )
        .await?;
        Ok(())
    }

    /// Sends a request; the JSON answer, or the XRPC error as an error.
    async fn send(&self, request: reqwest::RequestBuilder) -> anyhow::Result<serde_json::Value> {
        let response = request.send().await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        if !status.is_success() {
            bail!(
                "HTTP {status}: {} {}",
                body["error"].as_str().unwrap_or_default(),
                body["message"].as_str().unwrap_or_default()
            );
        }
        Ok(body)
    }
}
