//! The first step of lexicon resolution: NSID → `_lexicon.<authority>` TXT → the DID that publishes it.
//! No walking up or down the namespace: each authority has its own record, or resolution fails.

use std::net::SocketAddr;
use std::time::Duration;

use lexgen::model::{Did, Nsid};
use tokio::net::UdpSocket;

use super::ResolveError;
use crate::identity::dns::{did_from_txt, encode_query, parse_txt_response, txt_records};

const TIMEOUT: Duration = Duration::from_secs(3);

/// The DNS name holding the authority record of `nsid`: `_lexicon.portfolio.atmos.cv` for
/// `cv.atmos.portfolio.entry`.
pub fn txt_name(nsid: &Nsid) -> String {
    format!("_lexicon.{}", nsid.domain_authority())
}

/// The DID named by the one `did=` value of `nsid`'s `_lexicon` TXT records, asked of `nameserver`
/// (the system's first nameserver when `None`).
pub async fn authority_did(
    nsid: &Nsid,
    nameserver: Option<SocketAddr>,
) -> Result<Did, ResolveError> {
    let name = txt_name(nsid);
    let records = match nameserver {
        Some(server) => query(&name, server).await,
        None => txt_records(&name).await,
    }
    .map_err(|reason| ResolveError::Dns {
        name: name.clone(),
        reason,
    })?;
    let did_values = records.iter().filter(|r| r.starts_with("did=")).count();
    if did_values > 1 {
        return Err(ResolveError::AmbiguousAuthority { name });
    }
    let value = did_from_txt(&records).ok_or(ResolveError::NoAuthority { name: name.clone() })?;
    value
        .parse::<Did>()
        .map_err(|_| ResolveError::InvalidAuthority { name, value })
}

/// One TXT query over UDP to `server`.
async fn query(name: &str, server: SocketAddr) -> Result<Vec<String>, String> {
    let id = u16::from_be_bytes(
        crate::auth::random_bytes(2)?
            .try_into()
            .map_err(|_| "no randomness".to_owned())?,
    );
    let message = encode_query(id, name)?;
    let bind = if server.is_ipv4() {
        "0.0.0.0:0"
    } else {
        "[::]:0"
    };
    let socket = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
    socket.connect(server).await.map_err(|e| e.to_string())?;
    socket.send(&message).await.map_err(|e| e.to_string())?;
    let mut buffer = [0u8; 4096];
    let len = tokio::time::timeout(TIMEOUT, socket.recv(&mut buffer))
        .await
        .map_err(|_| format!("no answer from {server} within {TIMEOUT:?}"))?
        .map_err(|e| e.to_string())?;
    parse_txt_response(id, buffer.get(..len).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authority_is_the_reversed_domain_part() {
        let name = |nsid: &str| txt_name(&nsid.parse().unwrap());
        assert_eq!(
            name("cv.atmos.portfolio.entry"),
            "_lexicon.portfolio.atmos.cv"
        );
        assert_eq!(name("cv.atmos.defs"), "_lexicon.atmos.cv");
        assert_eq!(
            name("edu.University.dept.lab.blogging.getBlogPost"),
            "_lexicon.blogging.lab.dept.university.edu"
        );
    }
}
