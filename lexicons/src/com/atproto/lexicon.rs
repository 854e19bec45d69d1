// @generated from lexicons/com/atproto/lexicon/*.json by cargo xtask codegen
pub mod resolve_lexicon;
pub mod schema;
/// Every query, procedure and subscription of `com.atproto.lexicon`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.lexicon.resolveLexicon`.
    ResolveLexicon,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[Self::ResolveLexicon];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::ResolveLexicon => resolve_lexicon::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.lexicon.resolveLexicon" => {
                ::std::option::Option::Some(Self::ResolveLexicon)
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
            Self::ResolveLexicon => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `com.atproto.lexicon`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.lexicon.resolveLexicon`
    fn resolve_lexicon(
        &self,
        ctx: C,
        params: resolve_lexicon::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            resolve_lexicon::Output,
            ::lexgen::xrpc::XrpcError<resolve_lexicon::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.lexicon`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.lexicon.resolveLexicon",
            crate::server::handler::<
                resolve_lexicon::ResolveLexicon,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.resolve_lexicon(ctx, params).await
                },
            ),
        )
}
