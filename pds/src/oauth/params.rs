//! Endpoint parameters: an `application/x-www-form-urlencoded` or JSON body read into a name → value
//! map; a parameter given twice is refused (RFC 6749 §3.1).

use std::collections::HashMap;

use axum::http::{HeaderMap, header};

use super::error::OAuthError;

/// The parameters of a request.
#[derive(Clone, Debug, Default)]
pub(crate) struct Params(pub HashMap<String, String>);

impl Params {
    /// Reads a body by its content type.
    pub(crate) fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Params, OAuthError> {
        let mime = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .unwrap_or_default();
        let mut map = HashMap::new();
        match mime.as_str() {
            "application/x-www-form-urlencoded" => {
                for (name, value) in url::form_urlencoded::parse(body) {
                    if map.insert(name.into_owned(), value.into_owned()).is_some() {
                        return Err(OAuthError::invalid_request("Repeated parameter"));
                    }
                }
            }
            "application/json" => {
                let object: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_slice(body)
                        .map_err(|_| OAuthError::invalid_request("Invalid JSON body"))?;
                for (name, value) in object {
                    let text = match value {
                        serde_json::Value::String(text) => text,
                        other => other.to_string(),
                    };
                    map.insert(name, text);
                }
            }
            _ => return Err(OAuthError::invalid_request("Unsupported content type")),
        }
        Ok(Params(map))
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// A parameter that must be present and non-empty.
    pub(crate) fn required(&self, name: &str) -> Result<&str, OAuthError> {
        self.get(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| OAuthError::invalid_request(format!("Missing parameter {name}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(mime: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, mime.parse().unwrap());
        headers
    }

    #[test]
    fn form_and_json_bodies() {
        let form = Params::parse(
            &headers("application/x-www-form-urlencoded"),
            b"a=1&b=x%20y",
        )
        .unwrap();
        assert_eq!(form.get("b"), Some("x y"));
        assert!(Params::parse(&headers("application/x-www-form-urlencoded"), b"a=1&a=2").is_err());
        let json = Params::parse(
            &headers("application/json; charset=utf-8"),
            br#"{"a":"1","n":2}"#,
        )
        .unwrap();
        assert_eq!(json.get("n"), Some("2"));
        assert!(json.required("c").is_err());
        assert!(Params::parse(&headers("text/plain"), b"a").is_err());
    }
}
