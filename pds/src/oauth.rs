//! OAuth: the granular permission model (scopes, permission sets, the per-method decision).

pub mod permissions;
