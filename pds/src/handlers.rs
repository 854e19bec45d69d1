//! The HTTP surface: every XRPC endpoint this server implements (each on its generated endpoint type, with
//! its auth decision in [`crate::auth::policy`]), the well-known routes, the embedded PLC directory under
//! `/plc`, body limits, and XRPC-shaped errors for anything axum rejects.

pub mod identity;
mod preferences;
pub mod repo;
pub mod server;
mod well_known;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use lexicons::app::bsky::actor as a;
use lexicons::com::atproto::identity as i;
use lexicons::com::atproto::repo as r;
use lexicons::com::atproto::server as s;

use crate::app::AppState;
use crate::xrpc::mount;

/// Body limit of endpoints not listed otherwise.
const DEFAULT_BODY_LIMIT: usize = 150 * 1024;

/// The whole router without the sync endpoints and the firehose (for tests that do not need them).
pub fn router(app: AppState) -> Router {
    router_with(app, Router::new())
}

/// The whole router: every endpoint, `com.atproto.sync.*` over this server's accounts and blobs, and
/// `subscribeRepos` over `firehose`.
pub fn full_router(app: AppState, firehose: crate::firehose::Firehose) -> Router {
    let sync = std::sync::Arc::new(crate::sync::SyncService::new(
        app.repos.clone(),
        crate::hosted::Host(app.clone()),
    ));
    router_with(app, crate::sync::router::<_, AppState>(sync, firehose))
}

/// The whole router plus `extra` routes sharing the state and layers (e.g. `com.atproto.sync.*` and the
/// firehose, mounted by their own modules).
pub fn router_with(app: AppState, extra: Router<AppState>) -> Router {
    let json_limit = app.config.json_limit;
    let blob_limit = usize::try_from(app.config.blob_upload_limit).unwrap_or(usize::MAX);
    let records = Router::new();
    let records =
        mount::<r::create_record::CreateRecord, _, _>(records, &app, repo::write::create_record);
    let records = mount::<r::put_record::PutRecord, _, _>(records, &app, repo::write::put_record);
    let records =
        mount::<r::delete_record::DeleteRecord, _, _>(records, &app, repo::write::delete_record);
    let records =
        mount::<r::apply_writes::ApplyWrites, _, _>(records, &app, repo::write::apply_writes);
    let records = records.layer(DefaultBodyLimit::max(json_limit));
    let uploads = Router::new();
    let uploads = mount::<r::upload_blob::UploadBlob, _, _>(uploads, &app, repo::blob::upload_blob);
    let uploads = uploads.layer(DefaultBodyLimit::max(blob_limit.saturating_add(1)));
    let import_limit = usize::try_from(app.config.import_limit()).unwrap_or(usize::MAX);
    let imports = Router::new();
    let imports =
        mount::<r::import_repo::ImportRepo, _, _>(imports, &app, repo::import::import_repo);
    let imports = imports.layer(DefaultBodyLimit::max(import_limit.saturating_add(1)));

    let x = Router::new();
    let x = mount::<r::get_record::GetRecord, _, _>(x, &app, repo::read::get_record);
    let x = mount::<r::list_records::ListRecords, _, _>(x, &app, repo::read::list_records);
    let x = mount::<r::describe_repo::DescribeRepo, _, _>(x, &app, repo::read::describe_repo);
    let x = mount::<r::list_missing_blobs::ListMissingBlobs, _, _>(
        x,
        &app,
        repo::blob::list_missing_blobs,
    );
    let x = mount::<s::describe_server::DescribeServer, _, _>(
        x,
        &app,
        server::account::describe_server,
    );
    let x =
        mount::<s::create_account::CreateAccount, _, _>(x, &app, server::account::create_account);
    let x =
        mount::<s::create_session::CreateSession, _, _>(x, &app, server::session::create_session);
    let x = mount::<s::refresh_session::RefreshSession, _, _>(
        x,
        &app,
        server::session::refresh_session,
    );
    let x = mount::<s::get_session::GetSession, _, _>(x, &app, server::session::get_session);
    let x =
        mount::<s::delete_session::DeleteSession, _, _>(x, &app, server::session::delete_session);
    let x = mount::<s::create_app_password::CreateAppPassword, _, _>(
        x,
        &app,
        server::app_password::create_app_password,
    );
    let x = mount::<s::list_app_passwords::ListAppPasswords, _, _>(
        x,
        &app,
        server::app_password::list_app_passwords,
    );
    let x = mount::<s::revoke_app_password::RevokeAppPassword, _, _>(
        x,
        &app,
        server::app_password::revoke_app_password,
    );
    let x = mount::<s::check_account_status::CheckAccountStatus, _, _>(
        x,
        &app,
        server::status::check_account_status,
    );
    let x = mount::<s::activate_account::ActivateAccount, _, _>(
        x,
        &app,
        server::status::activate_account,
    );
    let x = mount::<s::deactivate_account::DeactivateAccount, _, _>(
        x,
        &app,
        server::status::deactivate_account,
    );
    let x = mount::<s::get_service_auth::GetServiceAuth, _, _>(
        x,
        &app,
        server::service_auth::get_service_auth,
    );
    let x = mount::<s::request_email_confirmation::RequestEmailConfirmation, _, _>(
        x,
        &app,
        server::email::request_email_confirmation,
    );
    let x = mount::<s::confirm_email::ConfirmEmail, _, _>(x, &app, server::email::confirm_email);
    let x = mount::<s::request_email_update::RequestEmailUpdate, _, _>(
        x,
        &app,
        server::email::request_email_update,
    );
    let x = mount::<s::update_email::UpdateEmail, _, _>(x, &app, server::email::update_email);
    let x = mount::<s::request_password_reset::RequestPasswordReset, _, _>(
        x,
        &app,
        server::email::request_password_reset,
    );
    let x = mount::<s::reset_password::ResetPassword, _, _>(x, &app, server::email::reset_password);
    let x = mount::<s::request_account_delete::RequestAccountDelete, _, _>(
        x,
        &app,
        server::email::request_account_delete,
    );
    let x = mount::<s::delete_account::DeleteAccount, _, _>(x, &app, server::email::delete_account);
    let x =
        mount::<i::resolve_handle::ResolveHandle, _, _>(x, &app, identity::resolve::resolve_handle);
    let x = mount::<i::resolve_did::ResolveDid, _, _>(x, &app, identity::resolve::resolve_did);
    let x = mount::<i::resolve_identity::ResolveIdentity, _, _>(
        x,
        &app,
        identity::resolve::resolve_identity,
    );
    let x =
        mount::<i::update_handle::UpdateHandle, _, _>(x, &app, identity::plc_ops::update_handle);
    let x = mount::<i::get_recommended_did_credentials::GetRecommendedDidCredentials, _, _>(
        x,
        &app,
        identity::plc_ops::get_recommended_did_credentials,
    );
    let x = mount::<i::request_plc_operation_signature::RequestPlcOperationSignature, _, _>(
        x,
        &app,
        identity::plc_ops::request_plc_operation_signature,
    );
    let x = mount::<i::sign_plc_operation::SignPlcOperation, _, _>(
        x,
        &app,
        identity::plc_ops::sign_plc_operation,
    );
    let x = mount::<i::submit_plc_operation::SubmitPlcOperation, _, _>(
        x,
        &app,
        identity::plc_ops::submit_plc_operation,
    );
    let x = mount::<s::create_invite_code::CreateInviteCode, _, _>(
        x,
        &app,
        server::invite::create_invite_code,
    );
    let x = mount::<s::create_invite_codes::CreateInviteCodes, _, _>(
        x,
        &app,
        server::invite::create_invite_codes,
    );
    let x = mount::<s::get_account_invite_codes::GetAccountInviteCodes, _, _>(
        x,
        &app,
        server::invite::get_account_invite_codes,
    );
    let x =
        mount::<a::get_preferences::GetPreferences, _, _>(x, &app, preferences::get_preferences);
    let x =
        mount::<a::put_preferences::PutPreferences, _, _>(x, &app, preferences::put_preferences);
    let x = x.layer(DefaultBodyLimit::max(DEFAULT_BODY_LIMIT));

    let mut router = Router::new()
        .merge(records)
        .merge(uploads)
        .merge(imports)
        .merge(x)
        .merge(extra)
        .route("/xrpc/_health", get(well_known::health))
        .route("/.well-known/atproto-did", get(well_known::atproto_did))
        .route("/.well-known/did.json", get(well_known::did_json))
        .route("/", get(well_known::root))
        .fallback(not_found)
        .with_state(app.clone());
    if let Some(directory) = &app.embedded_plc {
        router = router.nest("/plc", crate::plc::server::router(directory.clone()));
    }
    router
        .layer(axum::middleware::map_response(xrpc_shaped))
        .layer(axum::middleware::from_fn(private_when_authenticated))
        .layer(axum::middleware::from_fn(cors))
}

/// Permissive CORS, as the reference PDS (`cors()`): any origin, preflights answered here with the
/// requested headers reflected and a one-day max age. Credentials travel in `Authorization`, not cookies.
async fn cors(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if request.method() == axum::http::Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
    {
        let allow_headers = request
            .headers()
            .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("*"));
        let mut response = StatusCode::NO_CONTENT.into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET,HEAD,PUT,PATCH,POST,DELETE"),
        );
        headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, allow_headers);
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("86400"),
        );
        return response;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// Responses to requests carrying credentials are private to the caller (as the reference marks them).
async fn private_when_authenticated(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let authenticated = request.headers().contains_key(header::AUTHORIZATION);
    let mut response = next.run(request).await;
    if authenticated {
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private"));
        headers.insert(header::VARY, HeaderValue::from_static("Authorization"));
    }
    response
}

async fn not_found(State(app): State<AppState>, request: axum::extract::Request) -> Response {
    if request.uri().path().starts_with("/xrpc/") {
        // Not implemented here: proxied when a target service exists, else MethodNotImplemented.
        return crate::proxy::fallback(State(app), request).await;
    }
    (
        StatusCode::NOT_FOUND,
        axum::Json(serde_json::json!({"error": "NotFound", "message": "Not Found"})),
    )
        .into_response()
}

/// Rewrites axum's plain-text rejections (body too large, wrong method, media type) as XRPC error bodies.
async fn xrpc_shaped(response: Response) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    let replacement = match status {
        StatusCode::PAYLOAD_TOO_LARGE if !is_json => {
            Some(("PayloadTooLarge", "request entity too large"))
        }
        StatusCode::METHOD_NOT_ALLOWED if !is_json => {
            Some(("InvalidRequest", "Incorrect HTTP method"))
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE if !is_json => {
            Some(("InvalidRequest", "Wrong content type"))
        }
        _ => None,
    };
    match replacement {
        Some((error, message)) => (
            status,
            axum::Json(serde_json::json!({"error": error, "message": message})),
        )
            .into_response(),
        None => response,
    }
}
