//! [`Service`] for `com.atproto.repo` (record writes and reads, blobs and repository import): each method hands the request to its handler.

use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::{self as ns, Service};

use super::{RawBody, blob, import, read, write};
use crate::app::AppState;
use crate::auth::Auth;

/// The `com.atproto.repo` endpoints of this server.
pub(crate) struct RepoService(pub AppState);

/// What each `com.atproto.repo` handler is given besides its input: the caller, and the body of a record
/// write (for the validator's text fast path).
pub(crate) type RepoCtx = (Auth, RawBody);

impl Service<RepoCtx> for RepoService {
    async fn apply_writes(
        &self,
        (auth, body): RepoCtx,
        input: ns::apply_writes::Input,
    ) -> Result<ns::apply_writes::Output, XrpcError<ns::apply_writes::Error>> {
        write::apply_writes(self.0.clone(), auth, &body, input).await
    }
    async fn create_record(
        &self,
        (auth, body): RepoCtx,
        input: ns::create_record::Input,
    ) -> Result<ns::create_record::Output, XrpcError<ns::create_record::Error>> {
        write::create_record(self.0.clone(), auth, &body, input).await
    }
    async fn delete_record(
        &self,
        (auth, _): RepoCtx,
        input: ns::delete_record::Input,
    ) -> Result<ns::delete_record::Output, XrpcError<ns::delete_record::Error>> {
        write::delete_record(self.0.clone(), auth, input).await
    }
    async fn describe_repo(
        &self,
        (auth, _): RepoCtx,
        params: ns::describe_repo::Params,
    ) -> Result<ns::describe_repo::Output, XrpcError<ns::describe_repo::Error>> {
        read::describe_repo(self.0.clone(), auth, params).await
    }
    async fn get_record(
        &self,
        (auth, _): RepoCtx,
        params: ns::get_record::Params,
    ) -> Result<ns::get_record::Output, XrpcError<ns::get_record::Error>> {
        read::get_record(self.0.clone(), auth, params).await
    }
    async fn import_repo(
        &self,
        (auth, _): RepoCtx,
        input: ns::import_repo::Input,
    ) -> Result<ns::import_repo::Output, XrpcError<ns::import_repo::Error>> {
        import::import_repo(self.0.clone(), auth, input).await
    }
    async fn list_missing_blobs(
        &self,
        (auth, _): RepoCtx,
        params: ns::list_missing_blobs::Params,
    ) -> Result<ns::list_missing_blobs::Output, XrpcError<ns::list_missing_blobs::Error>> {
        blob::list_missing_blobs(self.0.clone(), auth, params).await
    }
    async fn list_records(
        &self,
        (auth, _): RepoCtx,
        params: ns::list_records::Params,
    ) -> Result<ns::list_records::Output, XrpcError<ns::list_records::Error>> {
        read::list_records(self.0.clone(), auth, params).await
    }
    async fn put_record(
        &self,
        (auth, body): RepoCtx,
        input: ns::put_record::Input,
    ) -> Result<ns::put_record::Output, XrpcError<ns::put_record::Error>> {
        write::put_record(self.0.clone(), auth, &body, input).await
    }
    async fn upload_blob(
        &self,
        (auth, body): RepoCtx,
        input: ns::upload_blob::Input,
    ) -> Result<ns::upload_blob::Output, XrpcError<ns::upload_blob::Error>> {
        blob::upload_blob(self.0.clone(), auth, body.take_upload(), input).await
    }
}
