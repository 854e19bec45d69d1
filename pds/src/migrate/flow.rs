//! The migration, step by step in the migration guide's order; each step done is recorded in the state
//! file and skipped by a rerun.

use lexgen::model::{Did, Handle};
use lexgen::xrpc::XrpcError;
use lexicons::app::bsky::actor::{get_preferences, put_preferences};
use lexicons::client::{Client, is_expired_token};
use lexicons::com::atproto::identity::{
    get_recommended_did_credentials, request_plc_operation_signature, sign_plc_operation,
    submit_plc_operation,
};
use lexicons::com::atproto::repo::import_repo;
use lexicons::com::atproto::server::{
    activate_account, check_account_status, create_account, deactivate_account, describe_server,
    get_service_auth, get_session,
};
use lexicons::com::atproto::sync::get_repo;

use super::secret::{NEW_PASSWORD, OLD_PASSWORD, PLC_TOKEN};
use super::state::{StateFile, Step};
use super::{MigrateError, Options, blobs, plan, source, verify};

/// What a run gives: the plan (`--dry-run`) or the summary of a finished migration.
#[derive(Debug)]
pub enum Outcome {
    /// `--dry-run`: what would be done.
    Plan(plan::Plan),
    /// The migration is complete and verified.
    Done(verify::Summary),
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Plan(plan) => plan.fmt(f),
            Outcome::Done(summary) => summary.fmt(f),
        }
    }
}

/// Runs (or resumes) the migration `options` describes.
pub async fn run(options: &Options) -> Result<Outcome, MigrateError> {
    let to = options.to.trim_end_matches('/').to_owned();
    let mut source = source::resolve(&options.from, &options.plc_url).await?;
    resume_source(options, &to, &mut source)?;
    let old = client(&source.url)?;
    let new = client(&to)?;
    let described = new
        .call::<describe_server::DescribeServer>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("describeServer at the new PDS"))?;
    if options.dry_run {
        return plan::plan(options, &source, &old, &to, &described)
            .await
            .map(Outcome::Plan);
    }
    let identifier = match (&options.account, &source.did) {
        (Some(account), _) => account.clone(),
        (None, Some(_)) => options.from.clone(),
        (None, None) => return Err(MigrateError::AccountNeeded),
    };
    let old_password = OLD_PASSWORD.resolve(options.old_password.as_deref())?;
    let session = old
        .login(&identifier, &old_password)
        .await
        .map_err(MigrateError::xrpc("login at the old PDS"))?;
    let did = session.did.clone();
    if let Some(named) = &source.did
        && named != &did
    {
        return Err(MigrateError::Resolve {
            from: options.from.clone(),
            reason: format!("logging in gave {did}, not {named}"),
        });
    }
    let mut state = StateFile::open(&options.state, did.as_str(), &source.url, &to)?;
    let new_password = NEW_PASSWORD.resolve(options.new_password.as_deref())?;

    if !state.is_done(Step::CreateAccount) {
        create_account(options, &old, &new, &did, &new_password, &described).await?;
        state.mark(Step::CreateAccount)?;
        log(Step::CreateAccount);
    } else {
        new.login(did.as_str(), &new_password)
            .await
            .map_err(MigrateError::xrpc("login at the new PDS"))?;
    }
    if !state.is_done(Step::ImportRepo) {
        import_repo(&old, &new, &did).await?;
        state.mark(Step::ImportRepo)?;
        log(Step::ImportRepo);
    }
    if !state.is_done(Step::Blobs) {
        let missing = blobs::missing(&new).await?;
        blobs::copy(&old, &new, &did, missing, options.parallel, &mut state).await?;
        let left = blobs::missing(&new).await?;
        if !left.is_empty() {
            return Err(MigrateError::Verification(format!(
                "{} blobs are still missing at the new PDS after the copy",
                left.len()
            )));
        }
        state.mark(Step::Blobs)?;
        log(Step::Blobs);
    }
    if !state.is_done(Step::Preferences) {
        let preferences = old
            .call::<get_preferences::GetPreferences>(&Default::default(), &())
            .await
            .map_err(MigrateError::xrpc("getPreferences at the old PDS"))?;
        new.call::<put_preferences::PutPreferences>(
            &Default::default(),
            &put_preferences::Input {
                preferences: preferences.preferences,
                extra: Default::default(),
            },
        )
        .await
        .map_err(MigrateError::xrpc("putPreferences at the new PDS"))?;
        state.mark(Step::Preferences)?;
        log(Step::Preferences);
    }
    if !state.is_done(Step::Identity) {
        update_identity(options, &old, &new, &did, &mut state).await?;
        state.mark(Step::Identity)?;
        log(Step::Identity);
    }
    if !state.is_done(Step::Activate) {
        new.call::<activate_account::ActivateAccount>(&Default::default(), &())
            .await
            .map_err(MigrateError::xrpc("activateAccount at the new PDS"))?;
        state.mark(Step::Activate)?;
        log(Step::Activate);
    }
    if !state.is_done(Step::Deactivate) {
        old.call::<deactivate_account::DeactivateAccount>(
            &Default::default(),
            &deactivate_account::Input {
                delete_after: None,
                extra: Default::default(),
            },
        )
        .await
        .map_err(MigrateError::xrpc("deactivateAccount at the old PDS"))?;
        state.mark(Step::Deactivate)?;
        log(Step::Deactivate);
    }
    let summary = verify::summary(&old, &new, &did, &to, &options.plc_url, &state).await?;
    if !summary.problems.is_empty() {
        return Err(MigrateError::Verification(summary.to_string()));
    }
    Ok(Outcome::Done(summary))
}

/// A resumed migration keeps the old PDS it started from: once the DID document names the new PDS, a
/// DID or handle in `--from` resolves to the new one. A URL in `--from` must be the one the state file
/// has. And the two PDSes must differ.
fn resume_source(
    options: &Options,
    to: &str,
    source: &mut source::Source,
) -> Result<(), MigrateError> {
    if let Some(saved) = StateFile::read(&options.state)?
        && saved.to == to
        && source
            .did
            .as_ref()
            .is_none_or(|did| did.as_str() == saved.did)
    {
        if source.did.is_none() && source.url != saved.from {
            return Err(MigrateError::StateMismatch {
                path: options.state.display().to_string(),
                found: format!("{} → {}", saved.from, saved.to),
                expected: format!("{} → {to}", source.url),
            });
        }
        source.url = saved.from;
    }
    if source.url == to {
        return Err(MigrateError::Resolve {
            from: options.from.clone(),
            reason: format!("its PDS is {to}, the one to move to"),
        });
    }
    Ok(())
}

/// The typed client for one PDS: rustls with the platform's roots, a connect timeout and no overall
/// timeout (a repository or a blob may take long to stream).
pub(crate) fn client(url: &str) -> Result<Client, MigrateError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(10))
        .user_agent(concat!("atmos-pds-migrate/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| MigrateError::Xrpc {
            step: "HTTP client",
            message: e.to_string(),
        })?;
    Ok(Client::with_http(http, url))
}

fn log(step: Step) {
    tracing::info!("done: {}", step.describe());
}

/// `getRepo` at the old PDS streamed into `importRepo` at the new one; once more (a new download) if the
/// new PDS's session expired meanwhile.
async fn import_repo(old: &Client, new: &Client, did: &Did) -> Result<(), MigrateError> {
    let mut retried = false;
    loop {
        let car = old
            .download::<get_repo::GetRepo>(
                &get_repo::Params {
                    did: did.clone(),
                    since: None,
                },
                &(),
            )
            .await
            .map_err(MigrateError::xrpc("getRepo at the old PDS"))?;
        let imported = new
            .upload::<import_repo::ImportRepo, _, _, _>(
                &Default::default(),
                "application/vnd.ipld.car",
                car,
            )
            .await;
        match imported {
            Ok(()) => return Ok(()),
            Err(e) if is_expired_token(&e) && !retried => retried = true,
            Err(e) => return Err(MigrateError::xrpc("importRepo at the new PDS")(e)),
        }
    }
}

/// Service auth from the old PDS, then `createAccount` with the DID at the new one; an account that is
/// already there and deactivated (moving back to a PDS the account left) is logged in to instead.
async fn create_account(
    options: &Options,
    old: &Client,
    new: &Client,
    did: &Did,
    password: &str,
    described: &describe_server::Output,
) -> Result<(), MigrateError> {
    let me = old
        .call::<get_session::GetSession>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("getSession at the old PDS"))?;
    let handle: Handle = match &options.handle {
        Some(handle) => handle.parse().map_err(|_| MigrateError::Xrpc {
            step: "--handle",
            message: format!("{handle:?} is not a handle"),
        })?,
        None => me.handle.clone(),
    };
    let auth = old
        .call::<get_service_auth::GetServiceAuth>(
            &get_service_auth::Params {
                aud: described.did.to_string(),
                exp: None,
                lxm: "com.atproto.server.createAccount".parse().ok(),
            },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getServiceAuth at the old PDS"))?;
    let mut creating = client(new.base_url())?;
    creating.set_token(Some(auth.token));
    let input = create_account::Input {
        did: Some(did.clone()),
        email: options.email.clone().or(me.email),
        handle,
        invite_code: options.invite_code.clone(),
        password: Some(password.to_owned()),
        plc_op: None,
        recovery_key: None,
        verification_code: None,
        verification_phone: None,
        extra: Default::default(),
    };
    let created = creating
        .call::<create_account::CreateAccount>(&Default::default(), &input)
        .await;
    let exists = match created {
        Ok(_) => false,
        Err(XrpcError::Other { name, .. }) if name == "AlreadyExists" => true,
        Err(e) => return Err(MigrateError::xrpc("createAccount at the new PDS")(e)),
    };
    new.login(did.as_str(), password)
        .await
        .map_err(MigrateError::xrpc("login at the new PDS"))?;
    if exists {
        let status = new
            .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
            .await
            .map_err(MigrateError::xrpc("checkAccountStatus at the new PDS"))?;
        if status.activated {
            return Err(MigrateError::AlreadyActive {
                did: did.to_string(),
            });
        }
        tracing::info!(%did, "the new PDS already holds the account, deactivated: moving into it");
    }
    Ok(())
}

/// did:plc: the old PDS signs the new PDS's recommended credentials (with the e-mailed token) and the
/// new PDS submits them. did:web: the user publishes the new document; until the new PDS sees it, the
/// run stops here with the instructions.
async fn update_identity(
    options: &Options,
    old: &Client,
    new: &Client,
    did: &Did,
    state: &mut StateFile,
) -> Result<(), MigrateError> {
    let credentials = new
        .call::<get_recommended_did_credentials::GetRecommendedDidCredentials>(
            &Default::default(),
            &(),
        )
        .await
        .map_err(MigrateError::xrpc(
            "getRecommendedDidCredentials at the new PDS",
        ))?;
    if did.method() == "web" {
        let status = new
            .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
            .await
            .map_err(MigrateError::xrpc("checkAccountStatus at the new PDS"))?;
        if status.valid_did {
            return Ok(());
        }
        return Err(MigrateError::DidWeb {
            did: did.to_string(),
            credentials: serde_json::to_string_pretty(&credentials).unwrap_or_default(),
        });
    }
    if !state.is_done(Step::PlcTokenRequested) {
        old.call::<request_plc_operation_signature::RequestPlcOperationSignature>(
            &Default::default(),
            &(),
        )
        .await
        .map_err(MigrateError::xrpc(
            "requestPlcOperationSignature at the old PDS",
        ))?;
        state.mark(Step::PlcTokenRequested)?;
        log(Step::PlcTokenRequested);
    }
    let Some(token) = PLC_TOKEN.resolve_optional(options.plc_token.as_deref())? else {
        return Err(MigrateError::TokenNeeded { env: PLC_TOKEN.env });
    };
    let signed = old
        .call::<sign_plc_operation::SignPlcOperation>(
            &Default::default(),
            &sign_plc_operation::Input {
                also_known_as: credentials.also_known_as,
                rotation_keys: credentials.rotation_keys,
                services: credentials.services,
                token: Some(token),
                verification_methods: credentials.verification_methods,
                extra: Default::default(),
            },
        )
        .await;
    let signed = match signed {
        Ok(signed) => signed,
        Err(e) => {
            if matches!(&e, XrpcError::Other { name, .. } if name == "ExpiredToken") {
                // The next run asks for a fresh token.
                state.unmark(Step::PlcTokenRequested)?;
            }
            return Err(MigrateError::xrpc("signPlcOperation at the old PDS")(e));
        }
    };
    new.call::<submit_plc_operation::SubmitPlcOperation>(
        &Default::default(),
        &submit_plc_operation::Input {
            operation: signed.operation,
            extra: Default::default(),
        },
    )
    .await
    .map_err(MigrateError::xrpc("submitPlcOperation at the new PDS"))?;
    Ok(())
}
