//! Invite codes: `com.atproto.server.createInviteCode(s)` (admin) and `getAccountInviteCodes`.

use lexgen::model::Datetime;
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{
    create_invite_code, create_invite_codes, defs, get_account_invite_codes,
};

use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::storage::sessions::{self, InviteCode};
use crate::xrpc::{internal, invalid, session};

fn new_code(app: &App) -> Result<String, String> {
    let random = crate::auth::random_base32(10)?;
    Ok(format!(
        "{}-{}-{}",
        app.config.hostname.replace('.', "-"),
        &random[..5],
        &random[5..]
    ))
}

async fn store(
    app: &App,
    for_account: &str,
    use_count: i64,
    count: usize,
) -> Result<Vec<String>, String> {
    let mut codes = Vec::with_capacity(count);
    for _ in 0..count {
        codes.push(new_code(app)?);
    }
    let rows: Vec<InviteCode> = codes
        .iter()
        .map(|code| InviteCode {
            code: code.clone(),
            available: use_count,
            disabled: false,
            for_account: for_account.to_owned(),
            created_by: "admin".into(),
            created_at: Datetime::now().as_str().to_owned(),
            uses: Vec::new(),
        })
        .collect();
    app.storage
        .write(move |conn| {
            for row in &rows {
                sessions::insert_invite_code(conn, row)?;
            }
            Ok(())
        })
        .await
        .map_err(|e| e.to_string())?;
    Ok(codes)
}

pub(crate) async fn create_invite_code(
    app: AppState,
    _auth: Auth,
    input: create_invite_code::Input,
) -> Result<create_invite_code::Output, XrpcError<create_invite_code::Error>> {
    if input.use_count < 1 {
        return Err(invalid("useCount must be at least 1"));
    }
    let for_account = input
        .for_account
        .map_or_else(|| "admin".to_owned(), |d| d.to_string());
    let mut codes = store(&app, &for_account, input.use_count, 1)
        .await
        .map_err(internal)?;
    Ok(create_invite_code::Output {
        code: codes.pop().ok_or_else(|| internal("no code created"))?,
        extra: Default::default(),
    })
}

pub(crate) async fn create_invite_codes(
    app: AppState,
    _auth: Auth,
    input: create_invite_codes::Input,
) -> Result<create_invite_codes::Output, XrpcError<create_invite_codes::Error>> {
    if input.use_count < 1 || !(1..=100).contains(&input.code_count) {
        return Err(invalid(
            "useCount must be at least 1 and codeCount 1 to 100",
        ));
    }
    let accounts: Vec<String> = match input.for_accounts {
        Some(list) if !list.is_empty() => list.iter().map(ToString::to_string).collect(),
        _ => vec!["admin".to_owned()],
    };
    let mut out = Vec::with_capacity(accounts.len());
    for account in accounts {
        let codes = store(&app, &account, input.use_count, input.code_count as usize)
            .await
            .map_err(internal)?;
        out.push(create_invite_codes::AccountCodes {
            account,
            codes,
            extra: Default::default(),
        });
    }
    Ok(create_invite_codes::Output {
        codes: out,
        extra: Default::default(),
    })
}

pub(crate) async fn get_account_invite_codes(
    app: AppState,
    auth: Auth,
    params: get_account_invite_codes::Params,
) -> Result<get_account_invite_codes::Output, XrpcError<get_account_invite_codes::Error>> {
    let (did, _) = session(&auth)?;
    let did_text = did.to_string();
    let rows = app
        .storage
        .read(move |conn| sessions::invite_codes_for(conn, &did_text))
        .await
        .map_err(internal)?;
    let mut codes = Vec::with_capacity(rows.len());
    for row in rows {
        if !params.include_used && row.uses.len() as i64 >= row.available {
            continue;
        }
        let mut uses = Vec::with_capacity(row.uses.len());
        for (used_by, used_at) in row.uses {
            uses.push(defs::InviteCodeUse {
                used_at: used_at.parse().map_err(internal)?,
                used_by: used_by.parse().map_err(internal)?,
                extra: Default::default(),
            });
        }
        codes.push(defs::InviteCode {
            available: row.available,
            code: row.code,
            created_at: row.created_at.parse().map_err(internal)?,
            created_by: row.created_by,
            disabled: row.disabled,
            for_account: row.for_account,
            uses,
            extra: Default::default(),
        });
    }
    Ok(get_account_invite_codes::Output {
        codes,
        extra: Default::default(),
    })
}
