// @generated from lexicons/com/atproto/repo/*.json by cargo xtask codegen
pub mod apply_writes;
pub mod create_record;
pub mod defs;
pub mod delete_record;
pub mod describe_repo;
pub mod get_record;
pub mod import_repo;
pub mod list_missing_blobs;
pub mod list_records;
pub mod put_record;
pub mod strong_ref;
pub mod upload_blob;
/// Every query, procedure and subscription of `com.atproto.repo`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.repo.applyWrites`.
    ApplyWrites,
    /// `com.atproto.repo.createRecord`.
    CreateRecord,
    /// `com.atproto.repo.deleteRecord`.
    DeleteRecord,
    /// `com.atproto.repo.describeRepo`.
    DescribeRepo,
    /// `com.atproto.repo.getRecord`.
    GetRecord,
    /// `com.atproto.repo.importRepo`.
    ImportRepo,
    /// `com.atproto.repo.listMissingBlobs`.
    ListMissingBlobs,
    /// `com.atproto.repo.listRecords`.
    ListRecords,
    /// `com.atproto.repo.putRecord`.
    PutRecord,
    /// `com.atproto.repo.uploadBlob`.
    UploadBlob,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::ApplyWrites,
        Self::CreateRecord,
        Self::DeleteRecord,
        Self::DescribeRepo,
        Self::GetRecord,
        Self::ImportRepo,
        Self::ListMissingBlobs,
        Self::ListRecords,
        Self::PutRecord,
        Self::UploadBlob,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::ApplyWrites => apply_writes::NSID,
            Self::CreateRecord => create_record::NSID,
            Self::DeleteRecord => delete_record::NSID,
            Self::DescribeRepo => describe_repo::NSID,
            Self::GetRecord => get_record::NSID,
            Self::ImportRepo => import_repo::NSID,
            Self::ListMissingBlobs => list_missing_blobs::NSID,
            Self::ListRecords => list_records::NSID,
            Self::PutRecord => put_record::NSID,
            Self::UploadBlob => upload_blob::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.repo.applyWrites" => {
                ::std::option::Option::Some(Self::ApplyWrites)
            }
            "com.atproto.repo.createRecord" => {
                ::std::option::Option::Some(Self::CreateRecord)
            }
            "com.atproto.repo.deleteRecord" => {
                ::std::option::Option::Some(Self::DeleteRecord)
            }
            "com.atproto.repo.describeRepo" => {
                ::std::option::Option::Some(Self::DescribeRepo)
            }
            "com.atproto.repo.getRecord" => ::std::option::Option::Some(Self::GetRecord),
            "com.atproto.repo.importRepo" => {
                ::std::option::Option::Some(Self::ImportRepo)
            }
            "com.atproto.repo.listMissingBlobs" => {
                ::std::option::Option::Some(Self::ListMissingBlobs)
            }
            "com.atproto.repo.listRecords" => {
                ::std::option::Option::Some(Self::ListRecords)
            }
            "com.atproto.repo.putRecord" => ::std::option::Option::Some(Self::PutRecord),
            "com.atproto.repo.uploadBlob" => {
                ::std::option::Option::Some(Self::UploadBlob)
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
            Self::ApplyWrites => ::std::option::Option::Some("application/json"),
            Self::CreateRecord => ::std::option::Option::Some("application/json"),
            Self::DeleteRecord => ::std::option::Option::Some("application/json"),
            Self::DescribeRepo => ::std::option::Option::None,
            Self::GetRecord => ::std::option::Option::None,
            Self::ImportRepo => ::std::option::Option::Some("application/vnd.ipld.car"),
            Self::ListMissingBlobs => ::std::option::Option::None,
            Self::ListRecords => ::std::option::Option::None,
            Self::PutRecord => ::std::option::Option::Some("application/json"),
            Self::UploadBlob => ::std::option::Option::Some("*/*"),
        }
    }
}
/// The endpoints of `com.atproto.repo`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.repo.applyWrites`
    fn apply_writes(
        &self,
        ctx: C,
        input: apply_writes::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            apply_writes::Output,
            ::lexgen::xrpc::XrpcError<apply_writes::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.createRecord`
    fn create_record(
        &self,
        ctx: C,
        input: create_record::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_record::Output,
            ::lexgen::xrpc::XrpcError<create_record::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.deleteRecord`
    fn delete_record(
        &self,
        ctx: C,
        input: delete_record::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            delete_record::Output,
            ::lexgen::xrpc::XrpcError<delete_record::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.describeRepo`
    fn describe_repo(
        &self,
        ctx: C,
        params: describe_repo::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            describe_repo::Output,
            ::lexgen::xrpc::XrpcError<describe_repo::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.getRecord`
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
    /// `com.atproto.repo.importRepo`
    fn import_repo(
        &self,
        ctx: C,
        input: import_repo::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            import_repo::Output,
            ::lexgen::xrpc::XrpcError<import_repo::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.listMissingBlobs`
    fn list_missing_blobs(
        &self,
        ctx: C,
        params: list_missing_blobs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_missing_blobs::Output,
            ::lexgen::xrpc::XrpcError<list_missing_blobs::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.listRecords`
    fn list_records(
        &self,
        ctx: C,
        params: list_records::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_records::Output,
            ::lexgen::xrpc::XrpcError<list_records::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.putRecord`
    fn put_record(
        &self,
        ctx: C,
        input: put_record::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            put_record::Output,
            ::lexgen::xrpc::XrpcError<put_record::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.repo.uploadBlob`
    fn upload_blob(
        &self,
        ctx: C,
        input: upload_blob::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            upload_blob::Output,
            ::lexgen::xrpc::XrpcError<upload_blob::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.repo`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.repo.applyWrites",
            crate::server::handler::<
                apply_writes::ApplyWrites,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.apply_writes(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.createRecord",
            crate::server::handler::<
                create_record::CreateRecord,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_record(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.deleteRecord",
            crate::server::handler::<
                delete_record::DeleteRecord,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.delete_record(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.describeRepo",
            crate::server::handler::<
                describe_repo::DescribeRepo,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.describe_repo(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.getRecord",
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
            "/xrpc/com.atproto.repo.importRepo",
            crate::server::handler::<
                import_repo::ImportRepo,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.import_repo(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.listMissingBlobs",
            crate::server::handler::<
                list_missing_blobs::ListMissingBlobs,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_missing_blobs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.listRecords",
            crate::server::handler::<
                list_records::ListRecords,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_records(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.putRecord",
            crate::server::handler::<
                put_record::PutRecord,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.put_record(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.repo.uploadBlob",
            crate::server::handler::<
                upload_blob::UploadBlob,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.upload_blob(ctx, input).await
                },
            ),
        )
}
