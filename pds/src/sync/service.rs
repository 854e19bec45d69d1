//! [`Service`] for [`SyncService`]: each endpoint checks the account's availability, then reads the repository.

use lexgen::model::{Did, Map, Tid};
use lexgen::xrpc::{Binary, EndpointError, XrpcError};
use lexicons::com::atproto::sync::{
    Service, get_blob, get_blocks, get_checkout, get_head, get_host_status, get_latest_commit,
    get_record, get_repo, get_repo_status, list_blobs, list_hosts, list_repos,
    list_repos_by_collection, notify_of_update, request_crawl,
};

use super::access::{self, not_found};
use super::cars::{self, CarBuildError};
use super::{SyncService, lists};
use crate::hosting::{AccountSource, BlobSource, InactiveStatus};
use crate::storage::{RepoHead, RepoReader};

const CAR: &str = "application/vnd.ipld.car";

fn internal<E>(error: impl std::fmt::Display) -> XrpcError<E> {
    XrpcError::Internal(error.to_string())
}

fn relay_only<E>(nsid: &str) -> XrpcError<E> {
    XrpcError::Other {
        status: 501,
        name: "MethodNotImplemented".to_owned(),
        message: format!("{nsid} is served by relays, not by this PDS"),
    }
}

fn car(bytes: Vec<u8>) -> Binary {
    Binary {
        content_type: CAR.to_owned(),
        bytes,
    }
}

fn status_value(status: InactiveStatus) -> get_repo_status::OutputStatus {
    match status {
        InactiveStatus::Takendown => get_repo_status::OutputStatus::Takendown,
        InactiveStatus::Suspended => get_repo_status::OutputStatus::Suspended,
        InactiveStatus::Deactivated => get_repo_status::OutputStatus::Deactivated,
        InactiveStatus::Deleted => get_repo_status::OutputStatus::Deleted,
    }
}

fn list_status(status: InactiveStatus) -> list_repos::RepoStatus {
    match status {
        InactiveStatus::Takendown => list_repos::RepoStatus::Takendown,
        InactiveStatus::Suspended => list_repos::RepoStatus::Suspended,
        InactiveStatus::Deactivated => list_repos::RepoStatus::Deactivated,
        InactiveStatus::Deleted => list_repos::RepoStatus::Deleted,
    }
}

impl<H: AccountSource + BlobSource> SyncService<H> {
    async fn head<E: EndpointError>(&self, did: &Did) -> Result<RepoHead, XrpcError<E>> {
        let did_owned = did.clone();
        self.repos
            .storage()
            .read(move |conn| RepoReader::head(conn, &did_owned))
            .await
            .map_err(internal)?
            .ok_or_else(|| not_found(did))
    }

    async fn export<E: EndpointError>(
        &self,
        did: Did,
        since: Option<Tid>,
    ) -> Result<Binary, XrpcError<E>> {
        let repos = self.repos.clone();
        let result = tokio::task::spawn_blocking(move || {
            let mut out = Vec::new();
            repos
                .export_blocking(&did, since, &mut out)
                .map(|()| out)
                .map_err(|e| (did, e))
        })
        .await
        .map_err(internal)?;
        match result {
            Ok(bytes) => Ok(car(bytes)),
            Err((did, crate::repository::RepositoryError::NotFound(_))) => Err(not_found(&did)),
            Err((_, error)) => Err(internal(error)),
        }
    }

    async fn build_car<E: EndpointError>(
        &self,
        build: impl FnOnce(&crate::storage::Connection) -> Result<Vec<u8>, CarBuildError>
        + Send
        + 'static,
    ) -> Result<Result<Vec<u8>, CarBuildError>, XrpcError<E>> {
        self.repos
            .storage()
            .read(move |conn| Ok(build(conn)))
            .await
            .map_err(internal)
    }
}

impl<H: AccountSource + BlobSource> Service<H::Ctx> for SyncService<H> {
    async fn get_blob(
        &self,
        ctx: H::Ctx,
        params: get_blob::Params,
    ) -> Result<get_blob::Output, XrpcError<get_blob::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let cid = crate::xrpc::blessed(&params.cid)?;
        match self.host.blob(&params.did, &cid).await.map_err(internal)? {
            Some(blob) => Ok(Binary {
                content_type: blob.mime_type,
                bytes: blob.bytes,
            }),
            None => Err(XrpcError::endpoint(
                get_blob::Error::BlobNotFound,
                "Blob not found",
            )),
        }
    }

    async fn get_blocks(
        &self,
        ctx: H::Ctx,
        params: get_blocks::Params,
    ) -> Result<get_blocks::Output, XrpcError<get_blocks::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let cids = params
            .cids
            .iter()
            .map(crate::xrpc::blessed)
            .collect::<Result<Vec<_>, _>>()?;
        let did = params.did.clone();
        match self
            .build_car(move |conn| cars::blocks(conn, &did, &cids))
            .await?
        {
            Ok(bytes) => Ok(car(bytes)),
            Err(CarBuildError::NoRepo) => Err(not_found(&params.did)),
            Err(CarBuildError::MissingBlocks(missing)) => Err(XrpcError::endpoint(
                get_blocks::Error::BlockNotFound,
                format!("Could not find cids: {missing}"),
            )),
            Err(error) => Err(internal(error)),
        }
    }

    async fn get_checkout(
        &self,
        ctx: H::Ctx,
        params: get_checkout::Params,
    ) -> Result<get_checkout::Output, XrpcError<get_checkout::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        self.export(params.did, None).await
    }

    async fn get_head(
        &self,
        ctx: H::Ctx,
        params: get_head::Params,
    ) -> Result<get_head::Output, XrpcError<get_head::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let head = self
            .head::<get_head::Error>(&params.did)
            .await
            .map_err(|_| {
                XrpcError::endpoint(
                    get_head::Error::HeadNotFound,
                    format!("Could not find root for DID: {}", params.did),
                )
            })?;
        Ok(get_head::Output {
            root: head.head.into(),
            extra: Map::new(),
        })
    }

    async fn get_host_status(
        &self,
        _ctx: H::Ctx,
        _params: get_host_status::Params,
    ) -> Result<get_host_status::Output, XrpcError<get_host_status::Error>> {
        Err(relay_only(get_host_status::NSID))
    }

    async fn get_latest_commit(
        &self,
        ctx: H::Ctx,
        params: get_latest_commit::Params,
    ) -> Result<get_latest_commit::Output, XrpcError<get_latest_commit::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let head = self.head(&params.did).await?;
        Ok(get_latest_commit::Output {
            cid: head.head.into(),
            rev: head.rev,
            extra: Map::new(),
        })
    }

    async fn get_record(
        &self,
        ctx: H::Ctx,
        params: get_record::Params,
    ) -> Result<get_record::Output, XrpcError<get_record::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let did = params.did.clone();
        let key = format!("{}/{}", params.collection, params.rkey.as_str());
        match self
            .build_car(move |conn| cars::record_proof(conn, &did, &key))
            .await?
        {
            Ok(bytes) => Ok(car(bytes)),
            Err(CarBuildError::NoRepo) => Err(not_found(&params.did)),
            Err(error) => Err(internal(error)),
        }
    }

    async fn get_repo(
        &self,
        ctx: H::Ctx,
        params: get_repo::Params,
    ) -> Result<get_repo::Output, XrpcError<get_repo::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        self.export(params.did, params.since).await
    }

    async fn get_repo_status(
        &self,
        _ctx: H::Ctx,
        params: get_repo_status::Params,
    ) -> Result<get_repo_status::Output, XrpcError<get_repo_status::Error>> {
        let Some(status) = self.host.status(&params.did).await else {
            return Err(not_found(&params.did));
        };
        // The revision is only told for an active repository, as the reference does.
        let rev = match status.is_active() {
            true => Some(self.head::<get_repo_status::Error>(&params.did).await?.rev),
            false => None,
        };
        Ok(get_repo_status::Output {
            active: status.is_active(),
            did: params.did,
            rev,
            status: status.inactive().map(status_value),
            extra: Map::new(),
        })
    }

    async fn list_blobs(
        &self,
        ctx: H::Ctx,
        params: list_blobs::Params,
    ) -> Result<list_blobs::Output, XrpcError<list_blobs::Error>> {
        access::check(&self.host, &ctx, &params.did).await?;
        let limit = params.limit.clamp(1, lists::MAX_LIMIT) as usize;
        let cids = self
            .host
            .list_blobs(
                &params.did,
                params.since.as_ref(),
                params.cursor.as_deref(),
                limit,
            )
            .await
            .map_err(internal)?;
        let cursor = match cids.len() == limit {
            true => cids.last().map(ToString::to_string),
            false => None,
        };
        Ok(list_blobs::Output {
            cids: cids.into_iter().map(Into::into).collect(),
            cursor,
            extra: Map::new(),
        })
    }

    async fn list_hosts(
        &self,
        _ctx: H::Ctx,
        _params: list_hosts::Params,
    ) -> Result<list_hosts::Output, XrpcError<list_hosts::Error>> {
        Err(relay_only(list_hosts::NSID))
    }

    async fn list_repos(
        &self,
        _ctx: H::Ctx,
        params: list_repos::Params,
    ) -> Result<list_repos::Output, XrpcError<list_repos::Error>> {
        let limit = lists::limit(params.limit);
        let cursor = params.cursor;
        let heads = self
            .repos
            .storage()
            .read(move |conn| lists::heads(conn, cursor.as_deref(), limit))
            .await
            .map_err(internal)?;
        let next = match heads.len() == limit as usize {
            true => heads.last().map(|head| head.did.to_string()),
            false => None,
        };
        let mut repos = Vec::with_capacity(heads.len());
        for head in heads {
            // Repositories of accounts the store does not know (or deleted ones) are not listed.
            let Some(status) = self.host.status(&head.did).await else {
                continue;
            };
            if status.inactive() == Some(InactiveStatus::Deleted) {
                continue;
            }
            repos.push(list_repos::Repo {
                active: Some(status.is_active()),
                did: head.did,
                head: head.head.into(),
                rev: head.rev,
                status: status.inactive().map(list_status),
                extra: Map::new(),
            });
        }
        Ok(list_repos::Output {
            cursor: next,
            repos,
            extra: Map::new(),
        })
    }

    async fn list_repos_by_collection(
        &self,
        _ctx: H::Ctx,
        params: list_repos_by_collection::Params,
    ) -> Result<list_repos_by_collection::Output, XrpcError<list_repos_by_collection::Error>> {
        let limit = lists::limit(params.limit);
        let (collection, cursor) = (params.collection, params.cursor);
        let (dids, next) = self
            .repos
            .storage()
            .read(move |conn| lists::with_collection(conn, &collection, cursor.as_deref(), limit))
            .await
            .map_err(internal)?;
        let mut repos = Vec::with_capacity(dids.len());
        for did in dids {
            if self
                .host
                .status(&did)
                .await
                .is_some_and(|status| status.is_active())
            {
                repos.push(list_repos_by_collection::Repo {
                    did,
                    extra: Map::new(),
                });
            }
        }
        Ok(list_repos_by_collection::Output {
            cursor: next,
            repos,
            extra: Map::new(),
        })
    }

    async fn notify_of_update(
        &self,
        _ctx: H::Ctx,
        _input: notify_of_update::Input,
    ) -> Result<notify_of_update::Output, XrpcError<notify_of_update::Error>> {
        Err(relay_only(notify_of_update::NSID))
    }

    async fn request_crawl(
        &self,
        _ctx: H::Ctx,
        _input: request_crawl::Input,
    ) -> Result<request_crawl::Output, XrpcError<request_crawl::Error>> {
        Err(relay_only(request_crawl::NSID))
    }
}
