//! The granular OAuth permission model: what a grant's scope string means, how `include:` permission sets
//! expand, and what every XRPC method needs of an OAuth grant.
//!
//! - [`syntax`]: the general `resource[:positional][?k=v&...]` form, percent-encoding, the normal form.
//! - [`mime`]: `blob:` accept patterns.
//! - [`scope`]: one scope value (`atproto`, `transition:*`, `repo`, `rpc`, `blob`, `account`, `identity`,
//!   `include`), parsed with the spec's rules; what is not understood is `None`, to be ignored.
//! - [`scope_set`]: a grant's scopes ([`ScopeSet`]) and whether they allow one [`Need`].
//! - [`sets`]: permission-set lexicons and what an `include:` of one grants.
//! - [`resolve`]: finding sets (local catalog, then the network, cached) and expanding a requested scope.
//! - [`decision`]: what each XRPC method needs of an OAuth grant (one exhaustive `match`), the checks the
//!   extractor and the handlers call, and the refusals as the reference answers them.
//! - [`testing`]: a hidden hook for in-process tests to make a session an OAuth one.

pub(crate) mod decision;
pub(crate) mod mime;
pub(crate) mod resolve;
pub(crate) mod scope;
pub(crate) mod scope_set;
pub mod sets;
pub(crate) mod syntax;
pub mod testing;

pub(crate) use decision::{require, require_all};
pub use resolve::{ExpandError, PermissionSets};
pub use scope::{AccountAction, AccountAttr, IdentityAttr, RepoAction, Scope};
pub use scope_set::{Need, ScopeSet};
