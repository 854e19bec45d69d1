// @generated from lexicons/com/atproto/sync/*.json by cargo xtask codegen
pub mod defs;
pub mod get_blob;
pub mod get_blocks;
pub mod get_checkout;
pub mod get_head;
pub mod get_host_status;
pub mod get_latest_commit;
pub mod get_record;
pub mod get_repo;
pub mod get_repo_status;
pub mod list_blobs;
pub mod list_hosts;
pub mod list_repos;
pub mod list_repos_by_collection;
pub mod notify_of_update;
pub mod request_crawl;
pub mod subscribe_repos;
/// Every query, procedure and subscription of `com.atproto.sync`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.sync.getBlob`.
    GetBlob,
    /// `com.atproto.sync.getBlocks`.
    GetBlocks,
    /// `com.atproto.sync.getCheckout`.
    GetCheckout,
    /// `com.atproto.sync.getHead`.
    GetHead,
    /// `com.atproto.sync.getHostStatus`.
    GetHostStatus,
    /// `com.atproto.sync.getLatestCommit`.
    GetLatestCommit,
    /// `com.atproto.sync.getRecord`.
    GetRecord,
    /// `com.atproto.sync.getRepo`.
    GetRepo,
    /// `com.atproto.sync.getRepoStatus`.
    GetRepoStatus,
    /// `com.atproto.sync.listBlobs`.
    ListBlobs,
    /// `com.atproto.sync.listHosts`.
    ListHosts,
    /// `com.atproto.sync.listRepos`.
    ListRepos,
    /// `com.atproto.sync.listReposByCollection`.
    ListReposByCollection,
    /// `com.atproto.sync.notifyOfUpdate`.
    NotifyOfUpdate,
    /// `com.atproto.sync.requestCrawl`.
    RequestCrawl,
    /// `com.atproto.sync.subscribeRepos`.
    SubscribeRepos,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetBlob,
        Self::GetBlocks,
        Self::GetCheckout,
        Self::GetHead,
        Self::GetHostStatus,
        Self::GetLatestCommit,
        Self::GetRecord,
        Self::GetRepo,
        Self::GetRepoStatus,
        Self::ListBlobs,
        Self::ListHosts,
        Self::ListRepos,
        Self::ListReposByCollection,
        Self::NotifyOfUpdate,
        Self::RequestCrawl,
        Self::SubscribeRepos,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetBlob => get_blob::NSID,
            Self::GetBlocks => get_blocks::NSID,
            Self::GetCheckout => get_checkout::NSID,
            Self::GetHead => get_head::NSID,
            Self::GetHostStatus => get_host_status::NSID,
            Self::GetLatestCommit => get_latest_commit::NSID,
            Self::GetRecord => get_record::NSID,
            Self::GetRepo => get_repo::NSID,
            Self::GetRepoStatus => get_repo_status::NSID,
            Self::ListBlobs => list_blobs::NSID,
            Self::ListHosts => list_hosts::NSID,
            Self::ListRepos => list_repos::NSID,
            Self::ListReposByCollection => list_repos_by_collection::NSID,
            Self::NotifyOfUpdate => notify_of_update::NSID,
            Self::RequestCrawl => request_crawl::NSID,
            Self::SubscribeRepos => subscribe_repos::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.sync.getBlob" => ::std::option::Option::Some(Self::GetBlob),
            "com.atproto.sync.getBlocks" => ::std::option::Option::Some(Self::GetBlocks),
            "com.atproto.sync.getCheckout" => {
                ::std::option::Option::Some(Self::GetCheckout)
            }
            "com.atproto.sync.getHead" => ::std::option::Option::Some(Self::GetHead),
            "com.atproto.sync.getHostStatus" => {
                ::std::option::Option::Some(Self::GetHostStatus)
            }
            "com.atproto.sync.getLatestCommit" => {
                ::std::option::Option::Some(Self::GetLatestCommit)
            }
            "com.atproto.sync.getRecord" => ::std::option::Option::Some(Self::GetRecord),
            "com.atproto.sync.getRepo" => ::std::option::Option::Some(Self::GetRepo),
            "com.atproto.sync.getRepoStatus" => {
                ::std::option::Option::Some(Self::GetRepoStatus)
            }
            "com.atproto.sync.listBlobs" => ::std::option::Option::Some(Self::ListBlobs),
            "com.atproto.sync.listHosts" => ::std::option::Option::Some(Self::ListHosts),
            "com.atproto.sync.listRepos" => ::std::option::Option::Some(Self::ListRepos),
            "com.atproto.sync.listReposByCollection" => {
                ::std::option::Option::Some(Self::ListReposByCollection)
            }
            "com.atproto.sync.notifyOfUpdate" => {
                ::std::option::Option::Some(Self::NotifyOfUpdate)
            }
            "com.atproto.sync.requestCrawl" => {
                ::std::option::Option::Some(Self::RequestCrawl)
            }
            "com.atproto.sync.subscribeRepos" => {
                ::std::option::Option::Some(Self::SubscribeRepos)
            }
            _ => ::std::option::Option::None,
        }
    }
    /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
    pub const fn is_subscription(self) -> bool {
        matches!(self, Self::SubscribeRepos)
    }
    /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
    /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
    pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
        match self {
            Self::GetBlob => ::std::option::Option::None,
            Self::GetBlocks => ::std::option::Option::None,
            Self::GetCheckout => ::std::option::Option::None,
            Self::GetHead => ::std::option::Option::None,
            Self::GetHostStatus => ::std::option::Option::None,
            Self::GetLatestCommit => ::std::option::Option::None,
            Self::GetRecord => ::std::option::Option::None,
            Self::GetRepo => ::std::option::Option::None,
            Self::GetRepoStatus => ::std::option::Option::None,
            Self::ListBlobs => ::std::option::Option::None,
            Self::ListHosts => ::std::option::Option::None,
            Self::ListRepos => ::std::option::Option::None,
            Self::ListReposByCollection => ::std::option::Option::None,
            Self::NotifyOfUpdate => ::std::option::Option::Some("application/json"),
            Self::RequestCrawl => ::std::option::Option::Some("application/json"),
            Self::SubscribeRepos => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `com.atproto.sync`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.sync.getBlob`
    fn get_blob(
        &self,
        ctx: C,
        params: get_blob::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_blob::Output,
            ::lexgen::xrpc::XrpcError<get_blob::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getBlocks`
    fn get_blocks(
        &self,
        ctx: C,
        params: get_blocks::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_blocks::Output,
            ::lexgen::xrpc::XrpcError<get_blocks::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getCheckout`
    fn get_checkout(
        &self,
        ctx: C,
        params: get_checkout::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_checkout::Output,
            ::lexgen::xrpc::XrpcError<get_checkout::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getHead`
    fn get_head(
        &self,
        ctx: C,
        params: get_head::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_head::Output,
            ::lexgen::xrpc::XrpcError<get_head::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getHostStatus`
    fn get_host_status(
        &self,
        ctx: C,
        params: get_host_status::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_host_status::Output,
            ::lexgen::xrpc::XrpcError<get_host_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getLatestCommit`
    fn get_latest_commit(
        &self,
        ctx: C,
        params: get_latest_commit::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_latest_commit::Output,
            ::lexgen::xrpc::XrpcError<get_latest_commit::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getRecord`
    fn get_record(
        &self,
        ctx: C,
        params: get_record::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_record::Output,
            ::lexgen::xrpc::XrpcError<get_record::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getRepo`
    fn get_repo(
        &self,
        ctx: C,
        params: get_repo::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_repo::Output,
            ::lexgen::xrpc::XrpcError<get_repo::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.getRepoStatus`
    fn get_repo_status(
        &self,
        ctx: C,
        params: get_repo_status::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_repo_status::Output,
            ::lexgen::xrpc::XrpcError<get_repo_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.listBlobs`
    fn list_blobs(
        &self,
        ctx: C,
        params: list_blobs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_blobs::Output,
            ::lexgen::xrpc::XrpcError<list_blobs::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.listHosts`
    fn list_hosts(
        &self,
        ctx: C,
        params: list_hosts::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_hosts::Output,
            ::lexgen::xrpc::XrpcError<list_hosts::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.listRepos`
    fn list_repos(
        &self,
        ctx: C,
        params: list_repos::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_repos::Output,
            ::lexgen::xrpc::XrpcError<list_repos::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.listReposByCollection`
    fn list_repos_by_collection(
        &self,
        ctx: C,
        params: list_repos_by_collection::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_repos_by_collection::Output,
            ::lexgen::xrpc::XrpcError<list_repos_by_collection::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.notifyOfUpdate`
    fn notify_of_update(
        &self,
        ctx: C,
        input: notify_of_update::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            notify_of_update::Output,
            ::lexgen::xrpc::XrpcError<notify_of_update::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.sync.requestCrawl`
    fn request_crawl(
        &self,
        ctx: C,
        input: request_crawl::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_crawl::Output,
            ::lexgen::xrpc::XrpcError<request_crawl::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.sync`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.sync.getBlob",
            crate::server::handler::<
                get_blob::GetBlob,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_blob(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getBlocks",
            crate::server::handler::<
                get_blocks::GetBlocks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_blocks(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getCheckout",
            crate::server::handler::<
                get_checkout::GetCheckout,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_checkout(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getHead",
            crate::server::handler::<
                get_head::GetHead,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_head(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getHostStatus",
            crate::server::handler::<
                get_host_status::GetHostStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_host_status(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getLatestCommit",
            crate::server::handler::<
                get_latest_commit::GetLatestCommit,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_latest_commit(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getRecord",
            crate::server::handler::<
                get_record::GetRecord,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_record(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getRepo",
            crate::server::handler::<
                get_repo::GetRepo,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_repo(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.getRepoStatus",
            crate::server::handler::<
                get_repo_status::GetRepoStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_repo_status(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.listBlobs",
            crate::server::handler::<
                list_blobs::ListBlobs,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_blobs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.listHosts",
            crate::server::handler::<
                list_hosts::ListHosts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_hosts(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.listRepos",
            crate::server::handler::<
                list_repos::ListRepos,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_repos(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.listReposByCollection",
            crate::server::handler::<
                list_repos_by_collection::ListReposByCollection,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_repos_by_collection(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.notifyOfUpdate",
            crate::server::handler::<
                notify_of_update::NotifyOfUpdate,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.notify_of_update(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.sync.requestCrawl",
            crate::server::handler::<
                request_crawl::RequestCrawl,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.request_crawl(ctx, input).await
                },
            ),
        )
}
