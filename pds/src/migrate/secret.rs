//! Passwords and the e-mail token: from a flag, else the environment, else asked on the terminal with
//! echo off (never read from a pipe: a script passes a flag or a variable).

use std::io::{BufRead as _, IsTerminal as _, Write as _};

use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};

use super::MigrateError;

/// One secret the command may need.
pub(crate) struct Secret {
    /// What it is, for the prompt and the error.
    pub what: &'static str,
    /// The flag that gives it.
    pub flag: &'static str,
    /// The environment variable that gives it.
    pub env: &'static str,
}

pub(crate) const OLD_PASSWORD: Secret = Secret {
    what: "the password at the old PDS",
    flag: "--old-password",
    env: "PDS_MIGRATE_OLD_PASSWORD",
};
pub(crate) const NEW_PASSWORD: Secret = Secret {
    what: "the password at the new PDS",
    flag: "--new-password",
    env: "PDS_MIGRATE_NEW_PASSWORD",
};
pub(crate) const PLC_TOKEN: Secret = Secret {
    what: "the e-mailed token",
    flag: "--plc-token",
    env: "PDS_MIGRATE_PLC_TOKEN",
};
pub(crate) const PASSWORD: Secret = Secret {
    what: "the account's password",
    flag: "--password",
    env: "PDS_ACCOUNT_PASSWORD",
};

impl Secret {
    /// The flag's value, else the variable's, else what the user types (when stdin is a terminal).
    pub(super) fn resolve(&self, flag: Option<&str>) -> Result<String, MigrateError> {
        if let Some(value) = flag.filter(|v| !v.is_empty()) {
            return Ok(value.to_owned());
        }
        if let Ok(value) = std::env::var(self.env)
            && !value.is_empty()
        {
            return Ok(value);
        }
        self.ask()?.ok_or(MigrateError::MissingSecret {
            what: self.what,
            flag: self.flag,
            env: self.env,
        })
    }

    /// Like [`Secret::resolve`], but `None` when there is no terminal to ask on.
    pub(super) fn resolve_optional(
        &self,
        flag: Option<&str>,
    ) -> Result<Option<String>, MigrateError> {
        match self.resolve(flag) {
            Ok(value) => Ok(Some(value)),
            Err(MigrateError::MissingSecret { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Asks on the terminal with echo off; `None` without a terminal.
    fn ask(&self) -> Result<Option<String>, MigrateError> {
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            return Ok(None);
        }
        let tty = std::path::Path::new("/dev/stdin");
        // Echo goes off before the prompt shows, so nothing typed after it is ever echoed.
        let saved = tcgetattr(&stdin).map_err(|e| MigrateError::io(tty)(e.into()))?;
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        tcsetattr(&stdin, OptionalActions::Now, &quiet)
            .map_err(|e| MigrateError::io(tty)(e.into()))?;
        let mut stderr = std::io::stderr();
        let prompted = write!(stderr, "{}: ", self.what).and_then(|()| stderr.flush());
        let mut line = String::new();
        let read = prompted.and_then(|()| stdin.lock().read_line(&mut line));
        // Echo comes back whatever the read did.
        let restored = tcsetattr(&stdin, OptionalActions::Now, &saved);
        let _ = writeln!(stderr);
        read.map_err(MigrateError::io(tty))?;
        restored.map_err(|e| MigrateError::io(tty)(e.into()))?;
        let value = line.trim_end_matches(['\r', '\n']).to_owned();
        Ok((!value.is_empty()).then_some(value))
    }
}
