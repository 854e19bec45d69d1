// @generated from lexicons/app/bsky/draft/*.json by cargo xtask codegen
pub mod create_draft;
pub mod defs;
pub mod delete_draft;
pub mod get_drafts;
pub mod update_draft;
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
