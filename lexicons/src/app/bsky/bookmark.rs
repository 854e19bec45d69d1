// @generated from lexicons/app/bsky/bookmark/*.json by cargo xtask codegen
pub mod create_bookmark;
pub mod defs;
pub mod delete_bookmark;
pub mod get_bookmarks;
/// The endpoints of `app.bsky.bookmark`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.bookmark.createBookmark`
    fn create_bookmark(
        &self,
        ctx: C,
        input: create_bookmark::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_bookmark::Output,
            ::lexgen::xrpc::XrpcError<create_bookmark::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.bookmark.deleteBookmark`
    fn delete_bookmark(
        &self,
        ctx: C,
        input: delete_bookmark::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            delete_bookmark::Output,
            ::lexgen::xrpc::XrpcError<delete_bookmark::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.bookmark.getBookmarks`
    fn get_bookmarks(
        &self,
        ctx: C,
        params: get_bookmarks::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_bookmarks::Output,
            ::lexgen::xrpc::XrpcError<get_bookmarks::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.bookmark`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.bookmark.createBookmark",
            crate::server::handler::<
                create_bookmark::CreateBookmark,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_bookmark(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.bookmark.deleteBookmark",
            crate::server::handler::<
                delete_bookmark::DeleteBookmark,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.delete_bookmark(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.bookmark.getBookmarks",
            crate::server::handler::<
                get_bookmarks::GetBookmarks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_bookmarks(ctx, params).await
                },
            ),
        )
}
