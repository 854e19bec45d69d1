//! The email second factor (`emailAuthFactor`): when an account has it on, a sign-in with its password
//! (`createSession`, the OAuth sign-in page; not an app password) also needs a code mailed to its address.
//! The code is an email token (`XXXXX-XXXXX`, 15 minutes) of its own purpose: a new one replaces the last,
//! and the right one is consumed by the sign-in it allows.

use lexgen::model::Did;

use crate::app::App;
use crate::rate_limit::SIGN_IN_CODE_MAIL;
use crate::storage::{StorageError, sessions};

/// The email-token purpose of sign-in codes.
const PURPOSE: &str = "2fa_code";
/// How long a mailed code stays valid (as every email token).
pub(crate) const LIFETIME: i64 = 15 * 60;

/// Why a code was not sent or not accepted.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CodeError {
    /// No code of this account matches (`InvalidToken`).
    #[error("Token is invalid")]
    Invalid,
    /// The code matches but is older than [`LIFETIME`] (`ExpiredToken`).
    #[error("Token is expired")]
    Expired,
    /// Too many codes were mailed to the account (the named limit).
    #[error("Rate Limit Exceeded ({0})")]
    RateLimited(&'static str),
    /// The account has no address to mail the code to.
    #[error("Account does not have an email address")]
    NoEmail,
    #[error("could not generate a code: {0}")]
    Random(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("could not mail the code: {0}")]
    Mail(#[from] std::io::Error),
}

/// Mails a fresh code to `email` (replacing any earlier one), within the per-account mail limits.
pub(crate) async fn send(app: &App, did: &Did, email: Option<&str>) -> Result<(), CodeError> {
    let email = email.ok_or(CodeError::NoEmail)?;
    app.limits
        .spend(&SIGN_IN_CODE_MAIL, did.as_str(), 1)
        .map_err(CodeError::RateLimited)?;
    let code = super::email::new_token().map_err(CodeError::Random)?;
    let (did_text, stored, now) = (did.to_string(), code.clone(), crate::auth::now_secs());
    app.storage
        .write(move |conn| sessions::put_email_token(conn, PURPOSE, &did_text, &stored, now))
        .await?;
    app.mailer
        .send(
            email,
            "Your sign-in code",
            &format!(
                "Someone signed in to your account with its password. To finish signing in, enter this code:\n\n\
                 {code}\n\nIt expires in 15 minutes. If this was not you, change your password."
            ),
        )
        .await?;
    Ok(())
}

/// Checks the account's code and consumes it when it is right (in one write, so it allows one sign-in).
/// Case and surrounding spaces do not matter.
pub(crate) async fn redeem(app: &App, did: &Did, given: &str) -> Result<(), CodeError> {
    let (did_text, given) = (did.to_string(), given.trim().to_ascii_uppercase());
    let now = crate::auth::now_secs();
    app.storage
        .write(move |conn| {
            let Some((expected, requested_at)) = sessions::email_token(conn, PURPOSE, &did_text)?
            else {
                return Ok(Err(CodeError::Invalid));
            };
            if !crate::oauth::nonce::constant_eq(&expected, &given) {
                return Ok(Err(CodeError::Invalid));
            }
            if now - requested_at > LIFETIME {
                return Ok(Err(CodeError::Expired));
            }
            sessions::delete_email_token(conn, PURPOSE, &did_text)?;
            Ok(Ok(()))
        })
        .await?
}
