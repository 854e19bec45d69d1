// @generated from lexicons/app/bsky/video/*.json by cargo xtask codegen
pub mod abort_upload;
pub mod defs;
pub mod finish_upload;
pub mod get_job_status;
pub mod get_upload_limits;
pub mod get_upload_status;
pub mod start_upload;
pub mod upload_part;
pub mod upload_video;
/// Every query, procedure and subscription of `app.bsky.video`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.video.abortUpload`.
    AbortUpload,
    /// `app.bsky.video.finishUpload`.
    FinishUpload,
    /// `app.bsky.video.getJobStatus`.
    GetJobStatus,
    /// `app.bsky.video.getUploadLimits`.
    GetUploadLimits,
    /// `app.bsky.video.getUploadStatus`.
    GetUploadStatus,
    /// `app.bsky.video.startUpload`.
    StartUpload,
    /// `app.bsky.video.uploadPart`.
    UploadPart,
    /// `app.bsky.video.uploadVideo`.
    UploadVideo,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::AbortUpload,
        Self::FinishUpload,
        Self::GetJobStatus,
        Self::GetUploadLimits,
        Self::GetUploadStatus,
        Self::StartUpload,
        Self::UploadPart,
        Self::UploadVideo,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::AbortUpload => abort_upload::NSID,
            Self::FinishUpload => finish_upload::NSID,
            Self::GetJobStatus => get_job_status::NSID,
            Self::GetUploadLimits => get_upload_limits::NSID,
            Self::GetUploadStatus => get_upload_status::NSID,
            Self::StartUpload => start_upload::NSID,
            Self::UploadPart => upload_part::NSID,
            Self::UploadVideo => upload_video::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.video.abortUpload" => {
                ::std::option::Option::Some(Self::AbortUpload)
            }
            "app.bsky.video.finishUpload" => {
                ::std::option::Option::Some(Self::FinishUpload)
            }
            "app.bsky.video.getJobStatus" => {
                ::std::option::Option::Some(Self::GetJobStatus)
            }
            "app.bsky.video.getUploadLimits" => {
                ::std::option::Option::Some(Self::GetUploadLimits)
            }
            "app.bsky.video.getUploadStatus" => {
                ::std::option::Option::Some(Self::GetUploadStatus)
            }
            "app.bsky.video.startUpload" => {
                ::std::option::Option::Some(Self::StartUpload)
            }
            "app.bsky.video.uploadPart" => ::std::option::Option::Some(Self::UploadPart),
            "app.bsky.video.uploadVideo" => {
                ::std::option::Option::Some(Self::UploadVideo)
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
            Self::AbortUpload => ::std::option::Option::Some("application/json"),
            Self::FinishUpload => ::std::option::Option::Some("application/json"),
            Self::GetJobStatus => ::std::option::Option::None,
            Self::GetUploadLimits => ::std::option::Option::None,
            Self::GetUploadStatus => ::std::option::Option::None,
            Self::StartUpload => ::std::option::Option::Some("application/json"),
            Self::UploadPart => ::std::option::Option::Some("application/octet-stream"),
            Self::UploadVideo => ::std::option::Option::Some("video/mp4"),
        }
    }
}
/// The endpoints of `app.bsky.video`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.video.abortUpload`
    fn abort_upload(
        &self,
        ctx: C,
        input: abort_upload::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            abort_upload::Output,
            ::lexgen::xrpc::XrpcError<abort_upload::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.finishUpload`
    fn finish_upload(
        &self,
        ctx: C,
        input: finish_upload::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            finish_upload::Output,
            ::lexgen::xrpc::XrpcError<finish_upload::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.getJobStatus`
    fn get_job_status(
        &self,
        ctx: C,
        params: get_job_status::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_job_status::Output,
            ::lexgen::xrpc::XrpcError<get_job_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.getUploadLimits`
    fn get_upload_limits(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_upload_limits::Output,
            ::lexgen::xrpc::XrpcError<get_upload_limits::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.getUploadStatus`
    fn get_upload_status(
        &self,
        ctx: C,
        params: get_upload_status::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_upload_status::Output,
            ::lexgen::xrpc::XrpcError<get_upload_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.startUpload`
    fn start_upload(
        &self,
        ctx: C,
        input: start_upload::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            start_upload::Output,
            ::lexgen::xrpc::XrpcError<start_upload::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.uploadPart`
    fn upload_part(
        &self,
        ctx: C,
        params: upload_part::Params,
        input: upload_part::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            upload_part::Output,
            ::lexgen::xrpc::XrpcError<upload_part::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.video.uploadVideo`
    fn upload_video(
        &self,
        ctx: C,
        input: upload_video::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            upload_video::Output,
            ::lexgen::xrpc::XrpcError<upload_video::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.video`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.video.abortUpload",
            crate::server::handler::<
                abort_upload::AbortUpload,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.abort_upload(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.finishUpload",
            crate::server::handler::<
                finish_upload::FinishUpload,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.finish_upload(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.getJobStatus",
            crate::server::handler::<
                get_job_status::GetJobStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_job_status(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.getUploadLimits",
            crate::server::handler::<
                get_upload_limits::GetUploadLimits,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_upload_limits(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.getUploadStatus",
            crate::server::handler::<
                get_upload_status::GetUploadStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_upload_status(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.startUpload",
            crate::server::handler::<
                start_upload::StartUpload,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.start_upload(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.uploadPart",
            crate::server::handler::<
                upload_part::UploadPart,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, input| async move {
                    service.upload_part(ctx, params, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.video.uploadVideo",
            crate::server::handler::<
                upload_video::UploadVideo,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.upload_video(ctx, input).await
                },
            ),
        )
}
