//! The migration, step by step in the migration guide's order (`create`, `repo`, `blobs`, preferences,
//! `identity`, activation, deactivation, `verify`); each step done is recorded in the state file and
//! skipped by a rerun.

use lexicons::app::bsky::actor::{get_preferences, put_preferences};
use lexicons::client::Client;
use lexicons::com::atproto::server::{activate_account, deactivate_account, describe_server};

use super::create::create_account;
use super::identity::update_identity;
use super::repo::import_repo;
use super::secret::{NEW_PASSWORD, OLD_PASSWORD};
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
        state.settle_started(&missing.iter().map(|cid| cid.as_str()).collect::<Vec<_>>())?;
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

/// The typed client for one PDS: rustls with the platform's roots, a connect timeout, a read timeout (a
/// stalled server fails the step, which a rerun resumes) and no overall timeout (a repository or a blob may
/// take long to stream).
pub(crate) fn client(url: &str) -> Result<Client, MigrateError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .connect_timeout(lexicons::client::CONNECT_TIMEOUT)
        .read_timeout(lexicons::client::READ_TIMEOUT)
        .user_agent(concat!("atmos-pds-migrate/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| MigrateError::Xrpc {
            step: "HTTP client",
            message: e.to_string(),
        })?;
    Ok(Client::with_http(http, url))
}

pub(crate) fn log(step: Step) {
    tracing::info!("done: {}", step.describe());
}
