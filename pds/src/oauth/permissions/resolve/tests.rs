//! Expansion through the local catalog and a stand-in network resolver: local first, the cache's stale
//! and expiry bounds, typed failures.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde_json::json;

use super::*;
use crate::lexicon_catalog::builtin;

/// A resolver that knows one set (`com.example.calendar.authFull`) while `up`, and counts its calls.
struct Network {
    calls: AtomicUsize,
    up: AtomicBool,
    collection: Mutex<&'static str>,
}

impl Network {
    fn new() -> Arc<Network> {
        Arc::new(Network {
            calls: AtomicUsize::new(0),
            up: AtomicBool::new(true),
            collection: Mutex::new("com.example.calendar.event"),
        })
    }
    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

impl SetResolver for Network {
    fn resolve<'a>(&'a self, nsid: &'a Nsid) -> Resolving<'a> {
        Box::pin(async move {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let name = format!("_lexicon.{}", nsid.authority());
            if !self.up.load(Ordering::SeqCst) || nsid.as_str() != "com.example.calendar.authFull" {
                return Err(ResolveError::NoAuthority { name });
            }
            let collection = *self.collection.lock().unwrap();
            Ok(json!({
                "lexicon": 1,
                "id": nsid.as_str(),
                "defs": {"main": {"type": "permission-set", "permissions": [
                    {"type": "permission", "resource": "repo", "collection": [collection]}
                ]}}
            }))
        })
    }
}

fn sets(network: Option<Arc<Network>>) -> (PermissionSets, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let lexicons = Arc::new(Lexicons::open(builtin(), dir.path().join("lexicons")));
    let network = network.map(|n| n as Arc<dyn SetResolver>);
    (PermissionSets::new(lexicons, network), dir)
}

#[tokio::test]
async fn local_sets_come_first_and_includes_are_replaced() {
    let network = Network::new();
    let (sets, _dir) = sets(Some(network.clone()));
    let granted = sets
        .expand("atproto include:cv.atmos.authFull blob:image/* nonsense")
        .await
        .unwrap();
    let text = granted.to_string();
    assert!(
        text.starts_with("atproto blob:image/* repo?collection=cv.atmos.board.board&"),
        "{text}"
    );
    assert!(!text.contains("include:"));
    assert_eq!(network.calls(), 0);
    // A lexicon that is not a permission set.
    assert!(matches!(
        sets.expand("atproto include:app.bsky.feed.post").await,
        Err(ExpandError::NotASet(_))
    ));
}

#[tokio::test]
async fn unknown_sets_fail_with_a_typed_error() {
    let (offline, _dir) = sets(None);
    assert!(matches!(
        offline
            .expand("atproto include:com.example.calendar.authFull")
            .await,
        Err(ExpandError::Unknown { .. })
    ));
    let (online, _dir) = sets(Some(Network::new()));
    assert!(matches!(
        online
            .expand("atproto include:com.example.nothing.authFull")
            .await,
        Err(ExpandError::Unresolvable { .. })
    ));
    // Without any include, nothing is resolved and nothing can fail.
    assert_eq!(
        offline
            .expand("atproto transition:generic")
            .await
            .unwrap()
            .to_string(),
        "atproto transition:generic"
    );
}

#[tokio::test]
async fn network_sets_are_cached_within_the_staleness_bounds() {
    let network = Network::new();
    let (sets, _dir) = sets(Some(network.clone()));
    let scope = "atproto include:com.example.calendar.authFull";
    let start = Instant::now();
    let at = |d: Duration| start + d;
    let hours = |h: u64| Duration::from_secs(h * 3600);

    let first = sets.expand_at(scope, start).await.unwrap();
    assert_eq!(first.to_string(), "atproto repo:com.example.calendar.event");
    assert_eq!(network.calls(), 1);
    // Fresh: served from the cache, even after the publisher changed it.
    *network.collection.lock().unwrap() = "com.example.calendar.rsvp";
    assert_eq!(sets.expand_at(scope, at(hours(23))).await.unwrap(), first);
    assert_eq!(network.calls(), 1);
    // Stale after 24 h: resolved again, the new version used.
    let second = sets.expand_at(scope, at(hours(24))).await.unwrap();
    assert_eq!(second.to_string(), "atproto repo:com.example.calendar.rsvp");
    assert_eq!(network.calls(), 2);
    // Stale and the network down: the cached copy, and no new attempt for a while.
    network.up.store(false, Ordering::SeqCst);
    assert_eq!(sets.expand_at(scope, at(hours(49))).await.unwrap(), second);
    assert_eq!(network.calls(), 3);
    assert_eq!(
        sets.expand_at(scope, at(hours(49) + Duration::from_secs(60)))
            .await
            .unwrap(),
        second
    );
    assert_eq!(network.calls(), 3);
    // Past the expiry (90 days after the last resolution), a failure is a failure.
    assert!(matches!(
        sets.expand_at(scope, at(hours(24) + EXPIRES_AFTER)).await,
        Err(ExpandError::Unresolvable { .. })
    ));
}
