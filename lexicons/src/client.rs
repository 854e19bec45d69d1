//! A typed XRPC client over reqwest (feature `client`): `client.call::<E>(&params, &input)` for any
//! generated endpoint marker `E`.

use lexgen::xrpc::{Body, Endpoint, ErrorBody, Kind, Params, XrpcError};

/// An XRPC client for one service (a PDS, an AppView), optionally with a bearer token.
#[derive(Clone, Debug)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
}

impl Client {
    /// A client for the service at `base` (`https://pds.example.com`), over rustls with the ring provider.
    pub fn new(base: impl Into<String>) -> Client {
        // reqwest is built without a default TLS provider; installing one twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        Client::with_http(reqwest::Client::new(), base)
    }

    /// A client sharing an existing reqwest client.
    pub fn with_http(http: reqwest::Client, base: impl Into<String>) -> Client {
        Client {
            http,
            base: base.into().trim_end_matches('/').to_owned(),
            token: None,
        }
    }

    /// Sends `Authorization: Bearer <token>` from now on.
    pub fn set_token(&mut self, token: Option<String>) {
        self.token = token;
    }

    /// Calls endpoint `E`; errors come back typed (`XrpcError::Endpoint` for its named errors).
    pub async fn call<E: Endpoint>(
        &self,
        params: &E::Params,
        input: &E::Input,
    ) -> Result<E::Output, XrpcError<E::Error>> {
        let url = format!("{}/xrpc/{}", self.base, E::NSID);
        let mut request = match E::KIND {
            Kind::Query => self.http.get(&url),
            Kind::Procedure => self.http.post(&url),
        };
        let pairs = params.to_pairs();
        if !pairs.is_empty() {
            request = request.query(&pairs);
        }
        if let Some((bytes, content_type)) = input.encode() {
            request = request
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes);
        }
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let response = request
            .send()
            .await
            .map_err(|e| XrpcError::Internal(format!("request failed: {e}")))?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = response
            .bytes()
            .await
            .map_err(|e| XrpcError::Internal(format!("reading response: {e}")))?;
        if (200..300).contains(&status) {
            let body = (!bytes.is_empty()).then_some(&bytes[..]);
            return E::Output::decode(body, content_type.as_deref())
                .map_err(|e| XrpcError::Internal(format!("bad response: {e}")));
        }
        let body: ErrorBody = serde_json::from_slice(&bytes).unwrap_or_else(|_| ErrorBody {
            error: "Unknown".to_owned(),
            message: Some(String::from_utf8_lossy(&bytes).into_owned()),
        });
        Err(XrpcError::from_response(status, body))
    }
}
