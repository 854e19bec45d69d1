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
