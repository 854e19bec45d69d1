//! `com.atproto.repo.uploadBlob` (sniffed MIME type, size limit, stored temporary until referenced) and
//! `listMissingBlobs`.

use lexgen::model::{AtUri, BlobRef, Cid};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::{list_missing_blobs, upload_blob};

use crate::app::AppState;
use crate::auth::Auth;
use crate::blob::sniff_mime;
use crate::oauth::permissions::{Need, require};
use crate::storage::blobs::{self, BlobRow};
use crate::xrpc::{internal, session};

pub async fn upload_blob(
    app: AppState,
    auth: Auth,
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
    let size = input.bytes.len() as u64;
    if size > app.config.blob_upload_limit {
        return Err(XrpcError::Other {
            status: 413,
            name: "PayloadTooLarge".into(),
            message: format!("Blob is larger than {} bytes", app.config.blob_upload_limit),
        });
    }
    let mime_type = sniff_mime(&input.bytes, &input.content_type);
    let store = app.blobs.clone();
    let did_put = did.clone();
    let bytes = input.bytes;
    let cid = tokio::task::spawn_blocking(move || store.put(&did_put, &bytes))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    let row = BlobRow {
        cid: cid.to_string(),
        mime_type: mime_type.clone(),
        size: size as i64,
        permanent: false,
        created_at: crate::auth::now_secs(),
        takedown_ref: None,
    };
    let did_text = did.to_string();
    app.storage
        .write(move |conn| {
            blobs::insert_blob(conn, &did_text, &row)?;
            // A record already referencing this blob (e.g. after an import) makes it permanent at once.
            conn.execute(
                "UPDATE blob SET permanent = 1 WHERE did = ?1 AND cid = ?2
                 AND EXISTS (SELECT 1 FROM record_blob r WHERE r.did = ?1 AND r.blob_cid = ?2)",
                [&did_text, &row.cid],
            )?;
            Ok(())
        })
        .await
        .map_err(internal)?;
    Ok(upload_blob::Output {
        blob: BlobRef::new(cid, mime_type, size),
        extra: Default::default(),
    })
}

pub async fn list_missing_blobs(
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
