//! Finding the permission sets `include:` scopes name, and expanding a requested scope into the granular
//! scope a token carries: the local catalog first (built-in lexicons and those installed under
//! `<data dir>/lexicons/`), then lexicon resolution on the network, cached as the permission spec says —
//! a resolved set is used as is for [`STALE_AFTER`], then resolved again, with the stale copy kept when
//! that fails, until [`EXPIRES_AFTER`] (a failed refresh is retried after [`RETRY_AFTER`]). A set that
//! cannot be found makes the expansion fail: the authorization server refuses the request
//! (`invalid_scope`).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lexgen::lexicon::Def;
use lexgen::model::Nsid;

use super::scope_set::ScopeSet;
use super::sets::{NotASet, SetDocument};
use crate::lexicon_catalog::Lexicons;
use crate::lexicon_resolver::{ResolveError, Resolver};

/// How long a resolved set is used without asking the network again (the spec's firm upper bound).
pub(crate) const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
/// How long a stale set may still be used for a new grant when resolving it again fails.
pub(crate) const EXPIRES_AFTER: Duration = Duration::from_secs(90 * 24 * 60 * 60);
/// How long after a failed refresh a stale set is served before the network is asked again.
pub(crate) const RETRY_AFTER: Duration = Duration::from_secs(5 * 60);

/// Why a requested scope could not be expanded.
#[derive(Debug, thiserror::Error)]
pub enum ExpandError {
    /// The set is neither installed nor resolvable (and no cached copy is young enough).
    #[error("permission set {nsid} could not be resolved: {source}")]
    Unresolvable {
        nsid: String,
        #[source]
        source: ResolveError,
    },
    /// The set is not resolvable and this server does not resolve lexicons on the network.
    #[error("permission set {nsid} is unknown here")]
    Unknown { nsid: String },
    /// The NSID names a lexicon that is not a permission set.
    #[error(transparent)]
    NotASet(#[from] NotASet),
}

/// A future resolving one lexicon document.
pub(crate) type Resolving<'a> =
    Pin<Box<dyn Future<Output = Result<serde_json::Value, ResolveError>> + Send + 'a>>;

/// Lexicon resolution on the network, as the expansion needs it (the verified document of an NSID).
pub trait SetResolver: Send + Sync {
    fn resolve<'a>(&'a self, nsid: &'a Nsid) -> Resolving<'a>;
}

impl SetResolver for Resolver {
    fn resolve<'a>(&'a self, nsid: &'a Nsid) -> Resolving<'a> {
        Box::pin(async move { Resolver::resolve(self, nsid).await.map(|r| r.document) })
    }
}

struct Cached {
    set: Arc<SetDocument>,
    /// When it was last resolved.
    resolved_at: Instant,
    /// When resolving it again was last tried.
    tried_at: Instant,
}

/// The permission sets this server knows: local lexicons, then the network behind a cache shared by
/// every account and session.
pub struct PermissionSets {
    lexicons: Arc<Lexicons>,
    network: Option<Arc<dyn SetResolver>>,
    cache: Mutex<HashMap<String, Cached>>,
}

impl std::fmt::Debug for PermissionSets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PermissionSets")
            .field("network", &self.network.is_some())
            .finish()
    }
}

impl PermissionSets {
    /// Sets from `lexicons`, then (when given) from `network`.
    pub fn new(lexicons: Arc<Lexicons>, network: Option<Arc<dyn SetResolver>>) -> PermissionSets {
        PermissionSets {
            lexicons,
            network,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The granular scope a token for `requested` carries: every value understood, each `include:`
    /// replaced by what its set grants.
    pub async fn expand(&self, requested: &str) -> Result<ScopeSet, ExpandError> {
        self.expand_at(requested, Instant::now()).await
    }

    pub(crate) async fn expand_at(
        &self,
        requested: &str,
        now: Instant,
    ) -> Result<ScopeSet, ExpandError> {
        let parsed = ScopeSet::parse(requested);
        let mut granted = parsed.clone().without_includes();
        for include in parsed.includes() {
            let set = self.get_at(&include.nsid, now).await?;
            granted.extend(set.expand(include));
        }
        Ok(granted)
    }

    /// The permission set `nsid`.
    pub(crate) async fn get(&self, nsid: &str) -> Result<Arc<SetDocument>, ExpandError> {
        self.get_at(nsid, Instant::now()).await
    }

    pub(crate) async fn get_at(
        &self,
        nsid: &str,
        now: Instant,
    ) -> Result<Arc<SetDocument>, ExpandError> {
        if let Some(local) = self.local(nsid)? {
            return Ok(local);
        }
        let unknown = || ExpandError::Unknown {
            nsid: nsid.to_owned(),
        };
        let Some(network) = &self.network else {
            return Err(unknown());
        };
        let cached = self.cached(nsid);
        if let Some((set, resolved_at, tried_at)) = &cached
            && (now.saturating_duration_since(*resolved_at) < STALE_AFTER
                || now.saturating_duration_since(*tried_at) < RETRY_AFTER)
        {
            return Ok(set.clone());
        }
        let parsed: Nsid = nsid.parse().map_err(|_| unknown())?;
        match network.resolve(&parsed).await {
            Ok(document) => {
                let set = Arc::new(SetDocument::from_json(nsid, &document)?);
                self.store(nsid, set.clone(), Some(now), now);
                Ok(set)
            }
            Err(source) => match cached {
                Some((set, resolved_at, _))
                    if now.saturating_duration_since(resolved_at) < EXPIRES_AFTER =>
                {
                    tracing::warn!(%nsid, error = %source, "permission set refresh failed; using the cached copy");
                    self.store(nsid, set.clone(), None, now);
                    Ok(set)
                }
                _ => Err(ExpandError::Unresolvable {
                    nsid: nsid.to_owned(),
                    source,
                }),
            },
        }
    }

    /// The set from the current local catalog, if it holds `nsid`.
    fn local(&self, nsid: &str) -> Result<Option<Arc<SetDocument>>, NotASet> {
        let snapshot = self.lexicons.snapshot();
        match snapshot.catalog().def(nsid, "main") {
            Some(Def::PermissionSet(set)) => Ok(Some(Arc::new(SetDocument::from_def(nsid, set)))),
            Some(_) => Err(NotASet {
                nsid: nsid.to_owned(),
                reason: "its main definition is of another type",
            }),
            None => Ok(None),
        }
    }

    fn cached(&self, nsid: &str) -> Option<(Arc<SetDocument>, Instant, Instant)> {
        let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        cache
            .get(nsid)
            .map(|c| (c.set.clone(), c.resolved_at, c.tried_at))
    }

    /// Stores `set`, resolved at `resolved_at` (`None`: keep the previous time), tried at `tried_at`.
    fn store(
        &self,
        nsid: &str,
        set: Arc<SetDocument>,
        resolved_at: Option<Instant>,
        tried_at: Instant,
    ) {
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        let resolved_at = resolved_at
            .or_else(|| cache.get(nsid).map(|c| c.resolved_at))
            .unwrap_or(tried_at);
        // Nothing past its expiry is served again: drop those, so the cache holds what is in use.
        cache.retain(|_, c| tried_at.saturating_duration_since(c.resolved_at) < EXPIRES_AFTER);
        cache.insert(
            nsid.to_owned(),
            Cached {
                set,
                resolved_at,
                tried_at,
            },
        );
    }
}

#[cfg(test)]
mod tests;
