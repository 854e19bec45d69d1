//! XRPC query parameters: a query string through the server's decoding (`lexicons::server::decode`:
//! percent-decoding, the generated `Params::from_pairs`, validation) for endpoints covering every
//! parameter kind; accepted parameters write back pairs that read the same, and whatever the dynamic
//! validator accepts, the server accepts too.
#![no_main]

use std::sync::OnceLock;

use axum::http::HeaderMap;
use lexgen::validate::{Mode, Validator};
use lexgen::xrpc::{Endpoint, Params};
use libfuzzer_sys::fuzz_target;

fn validator() -> &'static Validator<'static> {
    static VALIDATOR: OnceLock<Validator<'static>> = OnceLock::new();
    VALIDATOR.get_or_init(|| Validator::new(atmos_fuzz::catalog(), Mode::Strict))
}

/// The generated decoding is more lenient than the dynamic validator where the reference server is (an
/// empty value, a repeated single parameter: the first counts) and where Rust's integer parsing is (`+1`,
/// integers beyond ±(2^53−1)), so the check is one way: what the schema allows, the server accepts.
///
/// The pairs the dynamic validator is given: an empty value is absent for the generated decoding (as
/// for the reference server, `?cursor=` is no cursor), which `Validator::query_params` does not model.
fn non_empty(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// Decodes `query` for endpoint `E` as the server does and checks what it got.
fn check<E: Endpoint>(query: &str, pairs: Option<&[(String, String)]>)
where
    E::Params: PartialEq + std::fmt::Debug,
{
    let decoded = lexicons::server::decode::<E>(Some(query), &HeaderMap::new(), &[]);
    let Some(pairs) = pairs else {
        assert!(decoded.is_err(), "an undecodable query string was accepted");
        return;
    };
    let dynamic = validator().query_params(E::NSID, &non_empty(pairs));
    assert!(
        decoded.is_ok() || !dynamic.is_empty(),
        "{} {query:?}: generated {:?}, dynamic accepts",
        E::NSID,
        decoded.as_ref().err().map(ToString::to_string)
    );
    let Ok((params, _input)) = decoded else {
        return;
    };
    let written: Vec<(String, String)> = params
        .to_pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    let again = E::Params::from_pairs(&written).expect("written params read back");
    assert_eq!(again, params);
}

/// A subscription's parameters, read as the firehose route reads them (no `Endpoint`, no body).
fn subscription<P: Params + PartialEq + std::fmt::Debug>(
    nsid: &str,
    pairs: Option<&[(String, String)]>,
) {
    let Some(pairs) = pairs else {
        return;
    };
    let decoded = P::from_pairs(pairs)
        .ok()
        .filter(|p| p.validate().is_empty());
    let dynamic = validator().query_params(nsid, &non_empty(pairs));
    assert!(decoded.is_some() || !dynamic.is_empty(), "{nsid} {pairs:?}");
    if let Some(params) = decoded {
        let written: Vec<(String, String)> = params
            .to_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(
            P::from_pairs(&written).expect("written params read back"),
            params
        );
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(query) = std::str::from_utf8(bytes) else {
        return;
    };
    let pairs: Option<Vec<(String, String)>> = serde_urlencoded::from_str(query).ok();
    let pairs = pairs.as_deref();
    use lexicons::app::bsky::{actor, feed};
    use lexicons::com::atproto::{label, repo, sync};
    check::<repo::list_records::ListRecords>(query, pairs);
    check::<repo::get_record::GetRecord>(query, pairs);
    check::<repo::describe_repo::DescribeRepo>(query, pairs);
    check::<sync::get_blob::GetBlob>(query, pairs);
    check::<sync::get_blocks::GetBlocks>(query, pairs);
    check::<sync::get_repo::GetRepo>(query, pairs);
    check::<sync::list_repos::ListRepos>(query, pairs);
    subscription::<sync::subscribe_repos::Params>(sync::subscribe_repos::NSID, pairs);
    check::<label::query_labels::QueryLabels>(query, pairs);
    check::<feed::get_posts::GetPosts>(query, pairs);
    check::<feed::search_posts::SearchPosts>(query, pairs);
    check::<feed::get_author_feed::GetAuthorFeed>(query, pairs);
    check::<actor::get_profiles::GetProfiles>(query, pairs);
});
