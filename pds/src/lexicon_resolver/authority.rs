//! The first step of lexicon resolution: NSID → `_lexicon.<authority>` TXT → the DID that publishes it.
//! No walking up or down the namespace: each authority has its own record, or resolution fails.

use std::net::SocketAddr;

use lexgen::model::{Did, Nsid};

use super::ResolveError;
use crate::identity::dns::{did_from_txt, txt_records, txt_records_from};

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
        Some(server) => txt_records_from(&name, server).await,
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
