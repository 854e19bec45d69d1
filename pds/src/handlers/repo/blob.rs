//! `com.atproto.repo.uploadBlob` (the body streamed into the store while hashed and counted, the size
//! limit enforced as it streams, the MIME type sniffed, stored temporary until referenced) and
//! `listMissingBlobs`.

use futures_util::TryStreamExt as _;
use lexgen::model::{AtUri, BlobRef, Cid};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::{list_missing_blobs, upload_blob};

use crate::app::AppState;
use crate::auth::Auth;
use crate::blob::{BlobError, ByteSource, sniff_mime};
use crate::oauth::permissions::{Need, require};
use crate::storage::blobs::{self, BlobRow};
use crate::xrpc::{internal, invalid, session};

pub(crate) async fn upload_blob(
    app: AppState,
    auth: Auth,
    streamed: Option<axum::body::Body>,
    input: upload_blob::Input,
) -> Result<upload_blob::Output, XrpcError<upload_blob::Error>> {
    let (did, _) = session(&auth)?;
    let declared = input
        .content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim();
    require(
        &auth,
        Need::Blob {
            mime_type: declared,
        },
    )?;
    let did = did.clone();
    let quota = crate::quota::blob_quota(&app, &did)
        .await
        .map_err(internal)?;
    let limit = match quota {
        Some((quota, used)) => app.config.blob_upload_limit.min(quota.saturating_sub(used)),
        None => app.config.blob_upload_limit,
    };
    // The request body streams into the store (`streamed`); a caller that already holds the bytes
    // (`input.bytes`) streams those.
    let source: ByteSource<'_> = match streamed {
        Some(body) => Box::pin(body.into_data_stream().map_err(|e| e.into())),
        None => Box::pin(futures_util::stream::iter([Ok(bytes::Bytes::from(
            input.bytes,
        ))])),
    };
    let uploaded = app
        .blobs
        .upload(&did, source, limit)
        .await
        .map_err(|e| match (e, quota) {
            (BlobError::TooLarge { limit }, Some((quota, used)))
                if limit < app.config.blob_upload_limit =>
            {
                crate::quota::exceeded("blob", quota, used)
            }
            (e, _) => upload_error(e),
        })?;
    let mime_type = sniff_mime(&uploaded.head, &input.content_type);
    let cid = uploaded.cid.to_string();
    let row = BlobRow {
        cid: uploaded.cid,
        mime_type: mime_type.clone(),
        size: uploaded.size as i64,
        permanent: false,
        created_at: crate::auth::now_secs(),
        takedown_ref: None,
    };
    let did_text = did.to_string();
    let permanent = {
        // The object goes in place and its row is written with the lifecycle kept out (see `placing`).
        let _placing = app.blobs.placing().lock().await;
        if let Some((quota, _)) = quota {
            // Other uploads may have taken the room meanwhile; uploads are kept out until this one is stored.
            let (did_text, row_cid) = (did_text.clone(), uploaded.cid);
            let (held, used) = app
                .storage
                .read(move |conn| {
                    Ok((
                        blobs::blob(conn, &did_text, &row_cid)?.is_some(),
                        crate::storage::quotas::blob_bytes(conn, &did_text)?,
                    ))
                })
                .await
                .map_err(internal)?;
            if !held && used.saturating_add(uploaded.size) > quota {
                app.blobs.discard(&uploaded).await;
                return Err(crate::quota::exceeded("blob", quota, used));
            }
        }
        if let Err(e) = app.blobs.place(&did, &uploaded).await {
            app.blobs.discard(&uploaded).await;
            return Err(internal(e));
        }
        app.storage
            .write(move |conn| blobs::record_upload(conn, &did_text, &row))
            .await
            .map_err(internal)?
    };
    if permanent && let Err(e) = app.blobs.make_permanent(&did, &cid).await {
        tracing::warn!(%did, cid, error = %e, "could not promote a blob");
    }
    Ok(upload_blob::Output {
        blob: BlobRef::new(uploaded.cid, mime_type, uploaded.size),
        extra: Default::default(),
    })
}

/// An upload that failed: too large (413), the client's body refused (its own answer), or the store.
fn upload_error(e: BlobError) -> XrpcError<upload_blob::Error> {
    match e {
        BlobError::TooLarge { limit } => XrpcError::Other {
            status: 413,
            name: "PayloadTooLarge".into(),
            message: format!("Blob is larger than {limit} bytes"),
        },
        BlobError::Source(source) => match lexicons::server::refusal_in(&*source) {
            Some(refused) => XrpcError::Other {
                status: refused.status.as_u16(),
                name: refused.error.into(),
                message: refused.message.clone(),
            },
            None => invalid(format!("Could not read the upload: {source}")),
        },
        other => internal(other),
    }
}

pub(crate) async fn list_missing_blobs(
    app: AppState,
    auth: Auth,
    params: list_missing_blobs::Params,
) -> Result<list_missing_blobs::Output, XrpcError<list_missing_blobs::Error>> {
    let (did, _) = session(&auth)?;
    let limit = u32::try_from(params.limit.clamp(1, 1000)).unwrap_or(500);
    let (did_text, cursor) = (did.to_string(), params.cursor.clone());
    let rows = app
        .storage
        .read(move |conn| blobs::missing_blobs(conn, &did_text, cursor.as_deref(), limit))
        .await
        .map_err(internal)?;
    let cursor = (rows.len() == limit as usize)
        .then(|| rows.last().map(|(cid, _)| cid.clone()))
        .flatten();
    let mut out = Vec::with_capacity(rows.len());
    for (cid, uri) in rows {
        out.push(list_missing_blobs::RecordBlob {
            cid: cid.parse::<Cid>().map_err(internal)?.into(),
            record_uri: uri.parse::<AtUri>().map_err(internal)?,
            extra: Default::default(),
        });
    }
    Ok(list_missing_blobs::Output {
        blobs: out,
        cursor,
        extra: Default::default(),
    })
}
