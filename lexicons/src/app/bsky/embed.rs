// @generated from lexicons/app/bsky/embed/*.json by cargo xtask codegen
pub mod defs;
pub mod external;
pub mod gallery;
pub mod get_embed_external_view;
pub mod images;
pub mod record;
pub mod record_with_media;
pub mod video;
/// Every query, procedure and subscription of `app.bsky.embed`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.embed.getEmbedExternalView`.
    GetEmbedExternalView,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[Self::GetEmbedExternalView];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetEmbedExternalView => get_embed_external_view::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.embed.getEmbedExternalView" => {
                ::std::option::Option::Some(Self::GetEmbedExternalView)
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
            Self::GetEmbedExternalView => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `app.bsky.embed`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.embed.getEmbedExternalView`
    fn get_embed_external_view(
        &self,
        ctx: C,
        params: get_embed_external_view::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_embed_external_view::Output,
            ::lexgen::xrpc::XrpcError<get_embed_external_view::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.embed`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.embed.getEmbedExternalView",
            crate::server::handler::<
                get_embed_external_view::GetEmbedExternalView,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_embed_external_view(ctx, params).await
                },
            ),
        )
}
