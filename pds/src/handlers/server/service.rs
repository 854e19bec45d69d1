//! [`Service`] for `com.atproto.server` (accounts, sessions, app passwords, email flows, invites and signing keys): each method hands the request to its handler.

use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{self as ns, Service};

use super::{account, app_password, email, invite, service_auth, session, signing_key, status};
use crate::app::AppState;
use crate::auth::Auth;

/// The `com.atproto.server` endpoints of this server.
pub(crate) struct ServerService(pub AppState);

impl Service<Auth> for ServerService {
    async fn activate_account(
        &self,
        ctx: Auth,
    ) -> Result<ns::activate_account::Output, XrpcError<ns::activate_account::Error>> {
        status::activate_account(self.0.clone(), ctx).await
    }
    async fn check_account_status(
        &self,
        ctx: Auth,
    ) -> Result<ns::check_account_status::Output, XrpcError<ns::check_account_status::Error>> {
        status::check_account_status(self.0.clone(), ctx).await
    }
    async fn confirm_email(
        &self,
        ctx: Auth,
        input: ns::confirm_email::Input,
    ) -> Result<ns::confirm_email::Output, XrpcError<ns::confirm_email::Error>> {
        email::confirm_email(self.0.clone(), ctx, input).await
    }
    async fn create_account(
        &self,
        ctx: Auth,
        input: ns::create_account::Input,
    ) -> Result<ns::create_account::Output, XrpcError<ns::create_account::Error>> {
        account::create_account(self.0.clone(), ctx, input).await
    }
    async fn create_app_password(
        &self,
        ctx: Auth,
        input: ns::create_app_password::Input,
    ) -> Result<ns::create_app_password::Output, XrpcError<ns::create_app_password::Error>> {
        app_password::create_app_password(self.0.clone(), ctx, input).await
    }
    async fn create_invite_code(
        &self,
        ctx: Auth,
        input: ns::create_invite_code::Input,
    ) -> Result<ns::create_invite_code::Output, XrpcError<ns::create_invite_code::Error>> {
        invite::create_invite_code(self.0.clone(), ctx, input).await
    }
    async fn create_invite_codes(
        &self,
        ctx: Auth,
        input: ns::create_invite_codes::Input,
    ) -> Result<ns::create_invite_codes::Output, XrpcError<ns::create_invite_codes::Error>> {
        invite::create_invite_codes(self.0.clone(), ctx, input).await
    }
    async fn create_session(
        &self,
        ctx: Auth,
        input: ns::create_session::Input,
    ) -> Result<ns::create_session::Output, XrpcError<ns::create_session::Error>> {
        session::create_session(self.0.clone(), ctx, input).await
    }
    async fn deactivate_account(
        &self,
        ctx: Auth,
        input: ns::deactivate_account::Input,
    ) -> Result<ns::deactivate_account::Output, XrpcError<ns::deactivate_account::Error>> {
        status::deactivate_account(self.0.clone(), ctx, input).await
    }
    async fn delete_account(
        &self,
        ctx: Auth,
        input: ns::delete_account::Input,
    ) -> Result<ns::delete_account::Output, XrpcError<ns::delete_account::Error>> {
        email::delete_account(self.0.clone(), ctx, input).await
    }
    async fn delete_session(
        &self,
        ctx: Auth,
    ) -> Result<ns::delete_session::Output, XrpcError<ns::delete_session::Error>> {
        session::delete_session(self.0.clone(), ctx).await
    }
    async fn describe_server(
        &self,
        ctx: Auth,
    ) -> Result<ns::describe_server::Output, XrpcError<ns::describe_server::Error>> {
        account::describe_server(self.0.clone(), ctx).await
    }
    async fn get_account_invite_codes(
        &self,
        ctx: Auth,
        params: ns::get_account_invite_codes::Params,
    ) -> Result<ns::get_account_invite_codes::Output, XrpcError<ns::get_account_invite_codes::Error>>
    {
        invite::get_account_invite_codes(self.0.clone(), ctx, params).await
    }
    async fn get_service_auth(
        &self,
        ctx: Auth,
        params: ns::get_service_auth::Params,
    ) -> Result<ns::get_service_auth::Output, XrpcError<ns::get_service_auth::Error>> {
        service_auth::get_service_auth(self.0.clone(), ctx, params).await
    }
    async fn get_session(
        &self,
        ctx: Auth,
    ) -> Result<ns::get_session::Output, XrpcError<ns::get_session::Error>> {
        session::get_session(self.0.clone(), ctx).await
    }
    async fn list_app_passwords(
        &self,
        ctx: Auth,
    ) -> Result<ns::list_app_passwords::Output, XrpcError<ns::list_app_passwords::Error>> {
        app_password::list_app_passwords(self.0.clone(), ctx).await
    }
    async fn refresh_session(
        &self,
        ctx: Auth,
    ) -> Result<ns::refresh_session::Output, XrpcError<ns::refresh_session::Error>> {
        session::refresh_session(self.0.clone(), ctx).await
    }
    async fn request_account_delete(
        &self,
        ctx: Auth,
    ) -> Result<ns::request_account_delete::Output, XrpcError<ns::request_account_delete::Error>>
    {
        email::request_account_delete(self.0.clone(), ctx).await
    }
    async fn request_email_confirmation(
        &self,
        ctx: Auth,
    ) -> Result<
        ns::request_email_confirmation::Output,
        XrpcError<ns::request_email_confirmation::Error>,
    > {
        email::request_email_confirmation(self.0.clone(), ctx).await
    }
    async fn request_email_update(
        &self,
        ctx: Auth,
    ) -> Result<ns::request_email_update::Output, XrpcError<ns::request_email_update::Error>> {
        email::request_email_update(self.0.clone(), ctx).await
    }
    async fn request_password_reset(
        &self,
        ctx: Auth,
        input: ns::request_password_reset::Input,
    ) -> Result<ns::request_password_reset::Output, XrpcError<ns::request_password_reset::Error>>
    {
        email::request_password_reset(self.0.clone(), ctx, input).await
    }
    async fn reserve_signing_key(
        &self,
        ctx: Auth,
        input: ns::reserve_signing_key::Input,
    ) -> Result<ns::reserve_signing_key::Output, XrpcError<ns::reserve_signing_key::Error>> {
        signing_key::reserve_signing_key(self.0.clone(), ctx, input).await
    }
    async fn reset_password(
        &self,
        ctx: Auth,
        input: ns::reset_password::Input,
    ) -> Result<ns::reset_password::Output, XrpcError<ns::reset_password::Error>> {
        email::reset_password(self.0.clone(), ctx, input).await
    }
    async fn revoke_app_password(
        &self,
        ctx: Auth,
        input: ns::revoke_app_password::Input,
    ) -> Result<ns::revoke_app_password::Output, XrpcError<ns::revoke_app_password::Error>> {
        app_password::revoke_app_password(self.0.clone(), ctx, input).await
    }
    async fn update_email(
        &self,
        ctx: Auth,
        input: ns::update_email::Input,
    ) -> Result<ns::update_email::Output, XrpcError<ns::update_email::Error>> {
        email::update_email(self.0.clone(), ctx, input).await
    }
}
