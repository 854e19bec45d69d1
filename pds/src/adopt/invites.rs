//! The reference's invite codes and their uses, after the accounts: a code already here is left as it is.

use crate::app::AppState;
use crate::storage::reference::ServiceDb;
use crate::storage::sessions;

use super::{AdoptError, Summary};

pub(super) fn adopt(
    app: &AppState,
    service: &ServiceDb,
    summary: &mut Summary,
) -> Result<(), AdoptError> {
    let codes = service.invite_codes()?;
    let dry_run = summary.dry_run;
    let (adopted, present) = app.storage.write_blocking(move |conn| {
        let (mut adopted, mut present) = (Vec::new(), Vec::new());
        for code in codes {
            if sessions::invite_code(conn, &code.code)?.is_some() {
                present.push(code);
                continue;
            }
            if !dry_run {
                sessions::insert_invite_code(conn, &code)?;
                for (used_by, used_at) in &code.uses {
                    sessions::use_invite_code(conn, &code.code, used_by, used_at)?;
                }
            }
            adopted.push(code);
        }
        Ok((adopted, present))
    })?;
    for code in adopted {
        summary.invite_codes += 1;
        summary.invite_uses += code.uses.len() as u64;
    }
    for code in present {
        summary.skip(format!("invite {}", code.code), "already adopted");
    }
    Ok(())
}
