//! The peers (CIDR ranges) whose `X-Forwarded-*`/`Forwarded` headers are believed and extended rather than replaced.

use std::net::IpAddr;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    ranges: Vec<(IpAddr, u8)>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid trusted proxy {0:?}: expected an IP address or CIDR range like 10.0.0.0/8")]
pub struct InvalidRange(pub String);

impl TrustedProxies {
    pub fn parse<'a>(
        ranges: impl IntoIterator<Item = &'a str>,
    ) -> Result<TrustedProxies, InvalidRange> {
        let ranges = ranges
            .into_iter()
            .map(|range| parse_range(range).ok_or_else(|| InvalidRange(range.to_owned())))
            .collect::<Result<_, _>>()?;
        Ok(TrustedProxies { ranges })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.ranges
            .iter()
            .any(|&(net, bits)| in_range(ip, net, bits))
    }
}

fn parse_range(range: &str) -> Option<(IpAddr, u8)> {
    let range = range.trim();
    let (addr, bits) = match range.split_once('/') {
        Some((addr, bits)) => (addr.parse::<IpAddr>().ok()?, Some(bits.parse::<u8>().ok()?)),
        None => (range.parse::<IpAddr>().ok()?, None),
    };
    let addr = addr.to_canonical();
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let bits = bits.unwrap_or(max);
    (bits <= max).then_some((addr, bits))
}

fn in_range(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges() {
        let trusted = TrustedProxies::parse(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]).unwrap();
        assert!(trusted.contains(ip("127.0.0.1")));
        assert!(!trusted.contains(ip("127.0.0.2")));
        assert!(trusted.contains(ip("10.200.3.4")));
        assert!(trusted.contains(ip("::ffff:10.0.0.1")));
        assert!(trusted.contains(ip("fd12::1")));
        assert!(!trusted.contains(ip("fe80::1")));
        assert!(
            TrustedProxies::parse(["0.0.0.0/0"])
                .unwrap()
                .contains(ip("8.8.8.8"))
        );
        assert!(!TrustedProxies::default().contains(ip("127.0.0.1")));
    }

    #[test]
    fn rejects_bad_ranges() {
        for bad in ["10.0.0.0/33", "nope", "::/129", "1.2.3.4/"] {
            assert!(TrustedProxies::parse([bad]).is_err(), "{bad}");
        }
    }
}
