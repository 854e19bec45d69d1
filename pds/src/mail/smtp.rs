//! A small SMTP submission client for the configured relay: implicit TLS (`smtps://`, port 465), STARTTLS
//! (`smtp://`, required), or plaintext for a relay on the same host (`smtp+plain://`); `AUTH PLAIN` when
//! the URL has credentials. Blocking (run it on a blocking thread); one message per connection.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;

const TIMEOUT: Duration = Duration::from_secs(20);

/// How the connection is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Security {
    Tls,
    StartTls,
    Plain,
}

/// A relay, from `smtp[s|+plain]://[user:password@]host[:port]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Relay {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub credentials: Option<(String, String)>,
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Relay {
    pub(crate) fn parse(url: &str) -> Result<Relay, String> {
        let (security, rest, default_port) = if let Some(rest) = url.strip_prefix("smtps://") {
            (Security::Tls, rest, 465)
        } else if let Some(rest) = url.strip_prefix("smtp+plain://") {
            (Security::Plain, rest, 25)
        } else if let Some(rest) = url.strip_prefix("smtp://") {
            (Security::StartTls, rest, 587)
        } else {
            return Err(format!(
                "SMTP URL {url:?} must start with smtp://, smtps:// or smtp+plain://"
            ));
        };
        let rest = rest.trim_end_matches('/');
        let (credentials, host_port) = match rest.rsplit_once('@') {
            Some((userinfo, host)) => {
                let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
                (Some((percent_decode(user), percent_decode(password))), host)
            }
            None => (None, rest),
        };
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse()
                    .map_err(|_| format!("bad SMTP port in {url:?}"))?,
            ),
            None => (host_port, default_port),
        };
        if host.is_empty() {
            return Err(format!("no host in SMTP URL {url:?}"));
        }
        Ok(Relay {
            host: host.to_owned(),
            port,
            security,
            credentials,
        })
    }

    /// Sends one message (`message` is the full RFC 5322 text with CRLF line ends).
    pub(crate) fn send(
        &self,
        helo: &str,
        from: &str,
        to: &str,
        message: &str,
    ) -> Result<(), String> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .map_err(|e| format!("connect: {e}"))?;
        tcp.set_read_timeout(Some(TIMEOUT))
            .map_err(|e| e.to_string())?;
        tcp.set_write_timeout(Some(TIMEOUT))
            .map_err(|e| e.to_string())?;
        match self.security {
            Security::Tls => {
                let mut tls = self.tls(tcp)?;
                expect(&mut tls, 220)?;
                self.session(&mut tls, helo, from, to, message)
            }
            Security::Plain => {
                let mut tcp = tcp;
                expect(&mut tcp, 220)?;
                self.session(&mut tcp, helo, from, to, message)
            }
            Security::StartTls => {
                let mut tcp = tcp;
                expect(&mut tcp, 220)?;
                command(&mut tcp, &format!("EHLO {helo}"), 250)?;
                command(&mut tcp, "STARTTLS", 220)?;
                let mut tls = self.tls(tcp)?;
                self.session(&mut tls, helo, from, to, message)
            }
        }
    }

    fn tls(
        &self,
        tcp: TcpStream,
    ) -> Result<rustls::StreamOwned<rustls::ClientConnection, TcpStream>, String> {
        use rustls_platform_verifier::ConfigVerifierExt as _;
        let _ = rustls::crypto::ring::default_provider().install_default();
        let config = rustls::ClientConfig::with_platform_verifier().map_err(|e| e.to_string())?;
        let name = rustls::pki_types::ServerName::try_from(self.host.clone())
            .map_err(|e| e.to_string())?;
        let connection =
            rustls::ClientConnection::new(Arc::new(config), name).map_err(|e| e.to_string())?;
        Ok(rustls::StreamOwned::new(connection, tcp))
    }

    fn session(
        &self,
        stream: &mut (impl Read + Write),
        helo: &str,
        from: &str,
        to: &str,
        message: &str,
    ) -> Result<(), String> {
        command(stream, &format!("EHLO {helo}"), 250)?;
        if let Some((user, password)) = &self.credentials {
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
            command(stream, &format!("AUTH PLAIN {token}"), 235)?;
        }
        command(stream, &format!("MAIL FROM:<{from}>"), 250)?;
        let reply = command_any(stream, &format!("RCPT TO:<{to}>"))?;
        if reply != 250 && reply != 251 {
            return Err(format!("RCPT TO refused ({reply})"));
        }
        command(stream, "DATA", 354)?;
        let mut body = String::with_capacity(message.len() + 8);
        for line in message.split("\r\n") {
            if line.starts_with('.') {
                body.push('.');
            }
            body.push_str(line);
            body.push_str("\r\n");
        }
        body.push_str(".\r\n");
        stream
            .write_all(body.as_bytes())
            .map_err(|e| e.to_string())?;
        expect(stream, 250)?;
        let _ = command_any(stream, "QUIT");
        Ok(())
    }
}

fn command(stream: &mut (impl Read + Write), line: &str, code: u16) -> Result<(), String> {
    let got = command_any(stream, line)?;
    if got != code {
        let verb = line.split(' ').next().unwrap_or_default();
        return Err(format!("{verb} refused ({got})"));
    }
    Ok(())
}

fn command_any(stream: &mut (impl Read + Write), line: &str) -> Result<u16, String> {
    stream
        .write_all(format!("{line}\r\n").as_bytes())
        .and_then(|()| stream.flush())
        .map_err(|e| e.to_string())?;
    reply(stream)
}

fn expect(stream: &mut impl Read, code: u16) -> Result<(), String> {
    let got = reply(stream)?;
    if got != code {
        return Err(format!("unexpected SMTP reply {got}, wanted {code}"));
    }
    Ok(())
}

/// Reads one (possibly multi-line) reply and returns its code.
fn reply(stream: &mut impl Read) -> Result<u16, String> {
    for _ in 0..100 {
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        while !line.ends_with(b"\r\n") {
            if line.len() > 1000 {
                return Err("SMTP reply line too long".into());
            }
            match stream.read(&mut byte) {
                Ok(0) => return Err("SMTP connection closed".into()),
                Ok(_) => line.push(byte[0]),
                Err(e) => return Err(e.to_string()),
            }
        }
        let code = std::str::from_utf8(line.get(..3).unwrap_or_default())
            .ok()
            .and_then(|c| c.parse::<u16>().ok())
            .ok_or_else(|| "malformed SMTP reply".to_owned())?;
        if line.get(3) != Some(&b'-') {
            return Ok(code);
        }
    }
    Err("SMTP reply too long".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_relay_urls() {
        let relay = Relay::parse("smtps://me%40x.com:p%3Ass@mail.example.com").unwrap();
        assert_eq!(relay.security, Security::Tls);
        assert_eq!(relay.port, 465);
        assert_eq!(relay.credentials, Some(("me@x.com".into(), "p:ss".into())));
        let relay = Relay::parse("smtp://mail.example.com:2525").unwrap();
        assert_eq!(
            (relay.security, relay.port, relay.credentials),
            (Security::StartTls, 2525, None)
        );
        assert_eq!(Relay::parse("smtp+plain://127.0.0.1").unwrap().port, 25);
        assert!(Relay::parse("http://x").is_err());
        assert!(Relay::parse("smtp://host:notaport").is_err());
    }
}
