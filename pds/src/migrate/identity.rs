//! The identity step: the DID document made to name the new PDS (a PLC operation signed by the old PDS and
//! submitted by the new one), or, for did:web, the credentials its owner publishes.

use lexgen::model::Did;
use lexgen::xrpc::XrpcError;
use lexicons::client::Client;
use lexicons::com::atproto::identity::{
    get_recommended_did_credentials, request_plc_operation_signature, sign_plc_operation,
    submit_plc_operation,
};
use lexicons::com::atproto::server::check_account_status;

use super::flow::log;
use super::secret::PLC_TOKEN;
use super::state::{StateFile, Step};
use super::{MigrateError, Options};

/// did:plc: the old PDS signs the new PDS's recommended credentials (with the e-mailed token) and the
/// new PDS submits them. did:web: the user publishes the new document; until the new PDS sees it, the
/// run stops here with the instructions.
pub(crate) async fn update_identity(
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
