//! `com.atproto.repo.createRecord`, `putRecord`, `deleteRecord` and `applyWrites`: one commit each, only to
//! the caller's own repository.

use lexgen::crypto::Keypair;
use lexgen::model::{AtIdentifier, AtUri, Cid, Did};
use lexgen::typed::Nullable;
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::defs::CommitMeta;
use lexicons::com::atproto::repo::{apply_writes, create_record, delete_record, put_record};

use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::handlers::repo::RawBody;
use crate::oauth::permissions::{Need, RepoAction, require, require_all};
use crate::rate_limit::REPO_WRITE;
use crate::records::{self, CommitError, CommitOutcome, RecordWrite, SwapError, Validation};
use crate::repo::OpAction;
use crate::xrpc::{blessed, blessed_opt, internal, session, unauthorized};

/// The caller's DID and signing key, if `repo` names the caller's own repository.
fn own_repo<E>(
    app: &App,
    auth: &Auth,
    repo: &AtIdentifier,
) -> Result<(Did, Keypair), XrpcError<E>> {
    let (did, account) = session(auth)?;
    let matches = match repo {
        AtIdentifier::Did(d) => d == did,
        AtIdentifier::Handle(h) => h.as_str() == account.handle,
    };
    if !matches {
        return Err(unauthorized(
            "Repo does not match the authenticated account",
        ));
    }
    Ok((did.clone(), app.signing_key(account).map_err(internal)?))
}

/// What writing a record of `collection` needs of an OAuth grant.
fn repo_need(collection: &lexgen::model::Nsid, action: RepoAction) -> Need<'_> {
    Need::Repo {
        collection: collection.as_str(),
        action,
    }
}

/// What one applyWrites item needs of an OAuth grant.
fn write_need(item: &apply_writes::InputWritesItem) -> Need<'_> {
    match item {
        apply_writes::InputWritesItem::Create(c) => repo_need(&c.collection, RepoAction::Create),
        apply_writes::InputWritesItem::Update(u) => repo_need(&u.collection, RepoAction::Update),
        apply_writes::InputWritesItem::Delete(d) => repo_need(&d.collection, RepoAction::Delete),
    }
}

fn spend<E>(app: &App, did: &Did, writes: &[RecordWrite]) -> Result<(), XrpcError<E>> {
    let points = writes
        .iter()
        .map(|w| match w {
            RecordWrite::Create(_) => 3,
            RecordWrite::Put { .. } | RecordWrite::Update(_) => 2,
            RecordWrite::Delete { .. } => 1,
        })
        .sum();
    app.limits
        .spend(&REPO_WRITE, did.as_str(), points)
        .map_err(|limit| XrpcError::Other {
            status: 429,
            name: "RateLimitExceeded".into(),
            message: format!("Rate Limit Exceeded ({limit})"),
        })
}

impl<E: SwapError> From<CommitError> for XrpcError<E> {
    fn from(e: CommitError) -> XrpcError<E> {
        match e {
            CommitError::Refused(refusal) => refusal.into(),
            CommitError::Repository(e) => internal(e),
        }
    }
}

/// Spends the writes' rate-limit points, then commits them.
async fn run<E: SwapError>(
    app: &App,
    did: &Did,
    key: &Keypair,
    swap_commit: Option<Cid>,
    writes: Vec<RecordWrite>,
) -> Result<Result<CommitOutcome, CommitError>, XrpcError<E>> {
    spend(app, did, &writes)?;
    crate::quota::check_repo_write(app, did, &writes).await?;
    Ok(records::commit(&app.repos, &app.blobs, did, key, swap_commit, writes).await)
}

fn commit_meta(outcome: &CommitOutcome) -> Option<CommitMeta> {
    outcome.committed.as_ref().map(|c| CommitMeta {
        cid: c.commit.into(),
        rev: c.rev,
        extra: Default::default(),
    })
}

pub(crate) async fn create_record(
    app: AppState,
    auth: Auth,
    body: &RawBody,
    input: create_record::Input,
) -> Result<create_record::Output, XrpcError<create_record::Error>> {
    let (did, key) = own_repo(&app, &auth, &input.repo)?;
    require(&auth, repo_need(&input.collection, RepoAction::Create))?;
    let record = records::prepare_record(
        &app.lexicons.snapshot(),
        &input.collection,
        input.rkey.as_ref(),
        input.record,
        body.record(),
        input.validate,
    )?;
    let (uri, cid, validation) = (
        AtUri::for_record(&did, &record.collection, &record.rkey),
        record.cid,
        record.validation,
    );
    let swap_commit = blessed_opt(input.swap_commit.as_ref())?;
    let outcome = run(
        &app,
        &did,
        &key,
        swap_commit,
        vec![RecordWrite::Create(record)],
    )
    .await??;
    Ok(create_record::Output {
        cid: cid.into(),
        commit: commit_meta(&outcome),
        uri,
        validation_status: validation.status().map(|s| match s {
            "valid" => create_record::OutputValidationStatus::Valid,
            _ => create_record::OutputValidationStatus::Unknown,
        }),
        extra: Default::default(),
    })
}

pub(crate) async fn put_record(
    app: AppState,
    auth: Auth,
    body: &RawBody,
    input: put_record::Input,
) -> Result<put_record::Output, XrpcError<put_record::Error>> {
    let (did, key) = own_repo(&app, &auth, &input.repo)?;
    let collection = &input.collection;
    require_all(
        &auth,
        [RepoAction::Create, RepoAction::Update].map(|a| repo_need(collection, a)),
    )?;
    let record = records::prepare_record(
        &app.lexicons.snapshot(),
        &input.collection,
        Some(&input.rkey),
        input.record,
        body.record(),
        input.validate,
    )?;
    let (uri, cid, validation) = (
        AtUri::for_record(&did, &record.collection, &record.rkey),
        record.cid,
        record.validation,
    );
    let swap = match input.swap_record {
        None => None,
        Some(Nullable::Null) => Some(None),
        Some(Nullable::Value(cid)) => Some(Some(blessed(&cid)?)),
    };
    let swap_commit = blessed_opt(input.swap_commit.as_ref())?;
    let outcome = run(
        &app,
        &did,
        &key,
        swap_commit,
        vec![RecordWrite::Put { record, swap }],
    )
    .await??;
    Ok(put_record::Output {
        cid: cid.into(),
        commit: commit_meta(&outcome),
        uri,
        validation_status: validation.status().map(|s| match s {
            "valid" => put_record::OutputValidationStatus::Valid,
            _ => put_record::OutputValidationStatus::Unknown,
        }),
        extra: Default::default(),
    })
}

pub(crate) async fn delete_record(
    app: AppState,
    auth: Auth,
    input: delete_record::Input,
) -> Result<delete_record::Output, XrpcError<delete_record::Error>> {
    let (did, key) = own_repo(&app, &auth, &input.repo)?;
    require(&auth, repo_need(&input.collection, RepoAction::Delete))?;
    // Deleting a record that does not exist is a successful no-op (no commit), unless a swap says otherwise.
    let swap = blessed_opt(input.swap_record.as_ref())?;
    let write = RecordWrite::Delete {
        collection: input.collection,
        rkey: input.rkey,
        if_present: swap.is_none(),
        swap,
    };
    let swap_commit = blessed_opt(input.swap_commit.as_ref())?;
    let outcome = run(&app, &did, &key, swap_commit, vec![write]).await??;
    Ok(delete_record::Output {
        commit: commit_meta(&outcome),
        extra: Default::default(),
    })
}

pub(crate) async fn apply_writes(
    app: AppState,
    auth: Auth,
    body: &RawBody,
    input: apply_writes::Input,
) -> Result<apply_writes::Output, XrpcError<apply_writes::Error>> {
    let (did, key) = own_repo(&app, &auth, &input.repo)?;
    if input.writes.len() > records::MAX_WRITES {
        return Err(XrpcError::InvalidRequest(format!(
            "Too many writes. Max: {}",
            records::MAX_WRITES
        )));
    }
    require_all(&auth, input.writes.iter().map(write_need))?;
    let lexicons = app.lexicons.snapshot();
    let texts = body.write_values();
    let mut writes = Vec::with_capacity(input.writes.len());
    let mut uris = Vec::with_capacity(input.writes.len());
    for (i, item) in input.writes.into_iter().enumerate() {
        let text = texts.get(i).copied().flatten();
        let write = match item {
            apply_writes::InputWritesItem::Create(c) => {
                let mut record = records::prepare_record(
                    &lexicons,
                    &c.collection,
                    c.rkey.as_ref(),
                    c.value,
                    text,
                    input.validate,
                )?;
                // Only createRecord de-duplicates backlinks (as the reference).
                record.backlink = None;
                RecordWrite::Create(record)
            }
            apply_writes::InputWritesItem::Update(u) => {
                RecordWrite::Update(records::prepare_record(
                    &lexicons,
                    &u.collection,
                    Some(&u.rkey),
                    u.value,
                    text,
                    input.validate,
                )?)
            }
            apply_writes::InputWritesItem::Delete(d) => RecordWrite::Delete {
                collection: d.collection,
                rkey: d.rkey,
                swap: None,
                if_present: false,
            },
        };
        let (uri, cid, validation) = match &write {
            RecordWrite::Create(r)
            | RecordWrite::Update(r)
            | RecordWrite::Put { record: r, .. } => (
                AtUri::for_record(&did, &r.collection, &r.rkey),
                Some(r.cid),
                r.validation,
            ),
            RecordWrite::Delete {
                collection, rkey, ..
            } => (
                AtUri::for_record(&did, collection, rkey),
                None,
                Validation::Skipped,
            ),
        };
        uris.push((uri, cid, validation));
        writes.push(write);
    }
    let swap_commit = blessed_opt(input.swap_commit.as_ref())?;
    let outcome = run(&app, &did, &key, swap_commit, writes).await??;
    let results = outcome
        .actions
        .iter()
        .zip(uris)
        .map(|(action, (uri, cid, validation))| match (action, cid) {
            (Some(OpAction::Create), Some(cid)) => apply_writes::OutputResultsItem::CreateResult(
                Box::new(apply_writes::CreateResult {
                    cid: cid.into(),
                    uri,
                    validation_status: validation.status().map(|s| match s {
                        "valid" => apply_writes::CreateResultValidationStatus::Valid,
                        _ => apply_writes::CreateResultValidationStatus::Unknown,
                    }),
                    extra: Default::default(),
                }),
            ),
            (_, Some(cid)) => apply_writes::OutputResultsItem::UpdateResult(Box::new(
                apply_writes::UpdateResult {
                    cid: cid.into(),
                    uri,
                    validation_status: validation.status().map(|s| match s {
                        "valid" => apply_writes::UpdateResultValidationStatus::Valid,
                        _ => apply_writes::UpdateResultValidationStatus::Unknown,
                    }),
                    extra: Default::default(),
                },
            )),
            (_, None) => apply_writes::OutputResultsItem::DeleteResult(Box::new(
                apply_writes::DeleteResult {
                    extra: Default::default(),
                },
            )),
        })
        .collect();
    Ok(apply_writes::Output {
        commit: commit_meta(&outcome),
        results: Some(results),
        extra: Default::default(),
    })
}
