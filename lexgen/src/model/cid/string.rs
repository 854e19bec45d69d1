//! `CidString`: a value of the Lexicon `cid` string format, kept as written.

use std::sync::Arc;

use super::{Cid, CidError};
use crate::model::SyntaxError;
use crate::model::string_type::string_type;

/// A string in the Lexicon `cid` format: checked for syntax only ([`Cid::check_syntax`]), so a
/// third-party record citing a CID in another multibase, codec or hash still decodes and writes
/// back byte for byte. [`CidString::to_cid`] gives the blessed [`Cid`] when there is one.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CidString(Arc<str>);

string_type!(CidString);

impl CidString {
    fn check(text: &str) -> Result<(), SyntaxError> {
        Cid::check_syntax(text).map_err(|e| SyntaxError::new("cid", e.to_string()))
    }

    /// The blessed CID this string names (CIDv1, SHA-256, DAG-CBOR or raw, base32 lower case).
    pub fn to_cid(&self) -> Result<Cid, CidError> {
        self.0.parse()
    }
}

/// Equal when the text is a blessed CID equal to `other` (a non-blessed CID equals no [`Cid`]).
impl PartialEq<Cid> for CidString {
    fn eq(&self, other: &Cid) -> bool {
        self.to_cid().is_ok_and(|cid| cid == *other)
    }
}

impl From<Cid> for CidString {
    fn from(cid: Cid) -> CidString {
        CidString(Arc::from(cid.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::{Cid, CidString};

    #[test]
    fn keeps_non_blessed_cids_as_written() {
        // A CIDv1 in base58btc: valid `cid` syntax, not a blessed CID.
        let text = "zb2rhe5P4gXftAwvA4eXQ5HJwsER2owDyS9sKaQRRVQPn93bA";
        let cid: CidString = text.parse().unwrap();
        assert_eq!(cid.as_str(), text);
        assert!(cid.to_cid().is_err());
    }

    #[test]
    fn blessed_cids_convert_both_ways() {
        let cid = Cid::for_raw(b"hello");
        let text = CidString::from(cid);
        assert_eq!(text.to_cid().unwrap(), cid);
        assert!("Qmbfoo1234".parse::<CidString>().is_err());
    }
}
