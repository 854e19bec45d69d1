// @generated from lexicons/com/atproto/moderation/*.json by cargo xtask codegen
pub mod create_report;
pub mod defs;
/// Every query, procedure and subscription of `com.atproto.moderation`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.moderation.createReport`.
    CreateReport,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[Self::CreateReport];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::CreateReport => create_report::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.moderation.createReport" => {
                ::std::option::Option::Some(Self::CreateReport)
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
            Self::CreateReport => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `com.atproto.moderation`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.moderation.createReport`
    fn create_report(
        &self,
        ctx: C,
        input: create_report::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_report::Output,
            ::lexgen::xrpc::XrpcError<create_report::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.moderation`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.moderation.createReport",
            crate::server::handler::<
                create_report::CreateReport,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_report(ctx, input).await
                },
            ),
        )
}
