//! The request's host: a validated, lowercase name (IPv6 literals keep their brackets) and an optional port.

use std::fmt;

/// A parsed `Host` header (or URI authority without user info).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    name: String,
    port: Option<u16>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HostError {
    #[error("empty host")]
    Empty,
    #[error("invalid host name {0:?}")]
    InvalidName(String),
    #[error("invalid port in host {0:?}")]
    InvalidPort(String),
}

impl Host {
    pub fn parse(value: &str) -> Result<Host, HostError> {
        let value = value.trim();
        if value.is_empty() {
            return Err(HostError::Empty);
        }
        let (name, port) = if let Some(rest) = value.strip_prefix('[') {
            let (literal, after) = rest
                .split_once(']')
                .ok_or_else(|| HostError::InvalidName(value.to_owned()))?;
            if literal.is_empty()
                || !literal
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            {
                return Err(HostError::InvalidName(value.to_owned()));
            }
            let port = match after {
                "" => None,
                _ => Some(
                    after
                        .strip_prefix(':')
                        .ok_or_else(|| HostError::InvalidPort(value.to_owned()))?,
                ),
            };
            (format!("[{}]", literal.to_ascii_lowercase()), port)
        } else {
            let (name, port) = match value.split_once(':') {
                Some((name, port)) => (name, Some(port)),
                None => (value, None),
            };
            let name = name.strip_suffix('.').unwrap_or(name);
            let valid = !name.is_empty()
                && name.len() <= 253
                && !name.starts_with('.')
                && !name.contains("..")
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_');
            if !valid {
                return Err(HostError::InvalidName(value.to_owned()));
            }
            (name.to_ascii_lowercase(), port)
        };
        let port = match port {
            None => None,
            Some(port) => {
                if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(HostError::InvalidPort(value.to_owned()));
                }
                Some(
                    port.parse::<u16>()
                        .map_err(|_| HostError::InvalidPort(value.to_owned()))?,
                )
            }
        };
        Ok(Host { name, port })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The same host under another name, keeping the port.
    pub fn with_name(&self, name: &str) -> Host {
        Host {
            name: name.to_owned(),
            port: self.port,
        }
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.port {
            Some(port) => write!(f, "{}:{port}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_ports_and_ipv6() {
        let host = Host::parse("Dave.Atmos.CV.:8080").unwrap();
        assert_eq!((host.name(), host.port()), ("dave.atmos.cv", Some(8080)));
        assert_eq!(host.to_string(), "dave.atmos.cv:8080");
        let host = Host::parse("[::1]:3000").unwrap();
        assert_eq!((host.name(), host.port()), ("[::1]", Some(3000)));
        assert_eq!(Host::parse("127.0.0.1").unwrap().port(), None);
    }

    #[test]
    fn rejects_garbage() {
        assert_eq!(Host::parse(" "), Err(HostError::Empty));
        for bad in [
            "a b", "a/b", "..", ".a", "a..b", "[::1", "[]", "x:", "x:70000", "x:1:2", "x:+1",
            "[::1]x",
        ] {
            assert!(Host::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
