// @generated from lexicons/app/bsky/draft/*.json by cargo xtask codegen
pub mod create_draft;
pub mod defs;
pub mod delete_draft;
pub mod get_drafts;
pub mod update_draft;
/// Every query, procedure and subscription of `app.bsky.draft`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.draft.createDraft`.
    CreateDraft,
    /// `app.bsky.draft.deleteDraft`.
    DeleteDraft,
    /// `app.bsky.draft.getDrafts`.
    GetDrafts,
    /// `app.bsky.draft.updateDraft`.
    UpdateDraft,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::CreateDraft,
        Self::DeleteDraft,
        Self::GetDrafts,
        Self::UpdateDraft,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::CreateDraft => create_draft::NSID,
            Self::DeleteDraft => delete_draft::NSID,
            Self::GetDrafts => get_drafts::NSID,
            Self::UpdateDraft => update_draft::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.draft.createDraft" => {
                ::std::option::Option::Some(Self::CreateDraft)
            }
            "app.bsky.draft.deleteDraft" => {
                ::std::option::Option::Some(Self::DeleteDraft)
            }
            "app.bsky.draft.getDrafts" => ::std::option::Option::Some(Self::GetDrafts),
            "app.bsky.draft.updateDraft" => {
                ::std::option::Option::Some(Self::UpdateDraft)
            }
            _ => ::std::option::Option::None,
        }
    }
    /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
    pub const fn is_subscription(self) -> bool {
        false
    }
    /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
    /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
    pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
        match self {
            Self::CreateDraft => ::std::option::Option::Some("application/json"),
            Self::DeleteDraft => ::std::option::Option::Some("application/json"),
            Self::GetDrafts => ::std::option::Option::None,
            Self::UpdateDraft => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `app.bsky.draft`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.draft.createDraft`
    fn create_draft(
        &self,
        ctx: C,
        input: create_draft::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_draft::Output,
            ::lexgen::xrpc::XrpcError<create_draft::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.draft.deleteDraft`
    fn delete_draft(
        &self,
        ctx: C,
        input: delete_draft::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            delete_draft::Output,
            ::lexgen::xrpc::XrpcError<delete_draft::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.draft.getDrafts`
    fn get_drafts(
        &self,
        ctx: C,
        params: get_drafts::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_drafts::Output,
            ::lexgen::xrpc::XrpcError<get_drafts::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.draft.updateDraft`
    fn update_draft(
        &self,
        ctx: C,
        input: update_draft::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_draft::Output,
            ::lexgen::xrpc::XrpcError<update_draft::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.draft`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.draft.createDraft",
            crate::server::handler::<
                create_draft::CreateDraft,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_draft(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.draft.deleteDraft",
            crate::server::handler::<
                delete_draft::DeleteDraft,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.delete_draft(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.draft.getDrafts",
            crate::server::handler::<
                get_drafts::GetDrafts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_drafts(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.draft.updateDraft",
            crate::server::handler::<
                update_draft::UpdateDraft,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_draft(ctx, input).await
                },
            ),
        )
}
