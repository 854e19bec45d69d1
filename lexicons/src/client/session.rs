//! A password session: `createSession` keeps the access and refresh JWTs, and an `ExpiredToken` answer
//! rotates them with `refreshSession` (the client then sends the call once more).

use lexgen::model::{Did, Handle};
use lexgen::xrpc::XrpcError;

use super::Client;
use crate::com::atproto::server::{create_session, refresh_session};

/// The tokens of a logged-in account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The account.
    pub did: Did,
    /// Its handle when the session was made or last refreshed.
    pub handle: Handle,
    /// Sent with every call.
    pub access_jwt: String,
    /// Sent to `refreshSession` only.
    pub refresh_jwt: String,
}

impl Client {
    /// Logs in with `identifier` (handle, DID or email) and `password` (or an app password); later calls
    /// send the session's access token and refresh it when it expires.
    pub async fn login(
        &self,
        identifier: &str,
        password: &str,
    ) -> Result<Session, XrpcError<create_session::Error>> {
        let input = create_session::Input {
            allow_takendown: None,
            auth_factor_token: None,
            identifier: identifier.to_owned(),
            password: password.to_owned(),
            extra: Default::default(),
        };
        let output = self
            .call_once::<create_session::CreateSession>(&Default::default(), &input, None)
            .await?;
        let session = Session {
            did: output.did,
            handle: output.handle,
            access_jwt: output.access_jwt,
            refresh_jwt: output.refresh_jwt,
        };
        self.store(Some(session.clone()));
        Ok(session)
    }

    /// The current session, if logged in.
    pub fn session(&self) -> Option<Session> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Forgets the session (no `deleteSession` is sent).
    pub fn logout(&self) {
        self.store(None);
    }

    fn store(&self, session: Option<Session>) {
        *self
            .session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = session;
    }

    /// The bearer token for a call: the session's access token, else the one given to `set_token`.
    pub(super) fn access_token(&self) -> Option<String> {
        match self.session() {
            Some(session) => Some(session.access_jwt),
            None => self.token.clone(),
        }
    }

    /// Rotates the session's tokens with `refreshSession`; false if there is no session or it failed
    /// (the caller then returns its own error).
    pub(super) async fn refresh(&self) -> bool {
        let Some(session) = self.session() else {
            return false;
        };
        let refreshed: Result<refresh_session::Output, XrpcError<refresh_session::Error>> = self
            .call_once::<refresh_session::RefreshSession>(
                &Default::default(),
                &(),
                Some(&session.refresh_jwt),
            )
            .await;
        let Ok(output) = refreshed else {
            return false;
        };
        self.store(Some(Session {
            did: output.did,
            handle: output.handle,
            access_jwt: output.access_jwt,
            refresh_jwt: output.refresh_jwt,
        }));
        true
    }
}
