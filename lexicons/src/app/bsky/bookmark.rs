// @generated from lexicons/app/bsky/bookmark/*.json by cargo xtask codegen
pub mod create_bookmark;
pub mod defs;
pub mod delete_bookmark;
pub mod get_bookmarks;
/// Every query, procedure and subscription of `app.bsky.bookmark`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.bookmark.createBookmark`.
    CreateBookmark,
    /// `app.bsky.bookmark.deleteBookmark`.
    DeleteBookmark,
    /// `app.bsky.bookmark.getBookmarks`.
    GetBookmarks,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::CreateBookmark,
        Self::DeleteBookmark,
        Self::GetBookmarks,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::CreateBookmark => create_bookmark::NSID,
            Self::DeleteBookmark => delete_bookmark::NSID,
            Self::GetBookmarks => get_bookmarks::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.bookmark.createBookmark" => {
                ::std::option::Option::Some(Self::CreateBookmark)
            }
            "app.bsky.bookmark.deleteBookmark" => {
                ::std::option::Option::Some(Self::DeleteBookmark)
            }
            "app.bsky.bookmark.getBookmarks" => {
                ::std::option::Option::Some(Self::GetBookmarks)
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
            Self::CreateBookmark => ::std::option::Option::Some("application/json"),
            Self::DeleteBookmark => ::std::option::Option::Some("application/json"),
            Self::GetBookmarks => ::std::option::Option::None,
        }
    }
}
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
