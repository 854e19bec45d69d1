//! [`Service`] for `com.atproto.identity` (handle and DID resolution, handle updates and PLC operations): each method hands the request to its handler.

use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::identity::{self as ns, Service};

use super::{plc_ops, resolve};
use crate::app::AppState;
use crate::auth::Auth;

/// The `com.atproto.identity` endpoints of this server.
pub(crate) struct IdentityService(pub AppState);

impl Service<Auth> for IdentityService {
    async fn get_recommended_did_credentials(
        &self,
        ctx: Auth,
    ) -> Result<
        ns::get_recommended_did_credentials::Output,
        XrpcError<ns::get_recommended_did_credentials::Error>,
    > {
        plc_ops::get_recommended_did_credentials(self.0.clone(), ctx).await
    }
    async fn refresh_identity(
        &self,
        ctx: Auth,
        input: ns::refresh_identity::Input,
    ) -> Result<ns::refresh_identity::Output, XrpcError<ns::refresh_identity::Error>> {
        resolve::refresh_identity(self.0.clone(), ctx, input).await
    }
    async fn request_plc_operation_signature(
        &self,
        ctx: Auth,
    ) -> Result<
        ns::request_plc_operation_signature::Output,
        XrpcError<ns::request_plc_operation_signature::Error>,
    > {
        plc_ops::request_plc_operation_signature(self.0.clone(), ctx).await
    }
    async fn resolve_did(
        &self,
        ctx: Auth,
        params: ns::resolve_did::Params,
    ) -> Result<ns::resolve_did::Output, XrpcError<ns::resolve_did::Error>> {
        resolve::resolve_did(self.0.clone(), ctx, params).await
    }
    async fn resolve_handle(
        &self,
        ctx: Auth,
        params: ns::resolve_handle::Params,
    ) -> Result<ns::resolve_handle::Output, XrpcError<ns::resolve_handle::Error>> {
        resolve::resolve_handle(self.0.clone(), ctx, params).await
    }
    async fn resolve_identity(
        &self,
        ctx: Auth,
        params: ns::resolve_identity::Params,
    ) -> Result<ns::resolve_identity::Output, XrpcError<ns::resolve_identity::Error>> {
        resolve::resolve_identity(self.0.clone(), ctx, params).await
    }
    async fn sign_plc_operation(
        &self,
        ctx: Auth,
        input: ns::sign_plc_operation::Input,
    ) -> Result<ns::sign_plc_operation::Output, XrpcError<ns::sign_plc_operation::Error>> {
        plc_ops::sign_plc_operation(self.0.clone(), ctx, input).await
    }
    async fn submit_plc_operation(
        &self,
        ctx: Auth,
        input: ns::submit_plc_operation::Input,
    ) -> Result<ns::submit_plc_operation::Output, XrpcError<ns::submit_plc_operation::Error>> {
        plc_ops::submit_plc_operation(self.0.clone(), ctx, input).await
    }
    async fn update_handle(
        &self,
        ctx: Auth,
        input: ns::update_handle::Input,
    ) -> Result<ns::update_handle::Output, XrpcError<ns::update_handle::Error>> {
        plc_ops::update_handle(self.0.clone(), ctx, input).await
    }
}
