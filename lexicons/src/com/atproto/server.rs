// @generated from lexicons/com/atproto/server/*.json by cargo xtask codegen
pub mod activate_account;
pub mod check_account_status;
pub mod confirm_email;
pub mod create_account;
pub mod create_app_password;
pub mod create_invite_code;
pub mod create_invite_codes;
pub mod create_session;
pub mod deactivate_account;
pub mod defs;
pub mod delete_account;
pub mod delete_session;
pub mod describe_server;
pub mod get_account_invite_codes;
pub mod get_service_auth;
pub mod get_session;
pub mod list_app_passwords;
pub mod refresh_session;
pub mod request_account_delete;
pub mod request_email_confirmation;
pub mod request_email_update;
pub mod request_password_reset;
pub mod reserve_signing_key;
pub mod reset_password;
pub mod revoke_app_password;
pub mod update_email;
/// Every query, procedure and subscription of `com.atproto.server`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.server.activateAccount`.
    ActivateAccount,
    /// `com.atproto.server.checkAccountStatus`.
    CheckAccountStatus,
    /// `com.atproto.server.confirmEmail`.
    ConfirmEmail,
    /// `com.atproto.server.createAccount`.
    CreateAccount,
    /// `com.atproto.server.createAppPassword`.
    CreateAppPassword,
    /// `com.atproto.server.createInviteCode`.
    CreateInviteCode,
    /// `com.atproto.server.createInviteCodes`.
    CreateInviteCodes,
    /// `com.atproto.server.createSession`.
    CreateSession,
    /// `com.atproto.server.deactivateAccount`.
    DeactivateAccount,
    /// `com.atproto.server.deleteAccount`.
    DeleteAccount,
    /// `com.atproto.server.deleteSession`.
    DeleteSession,
    /// `com.atproto.server.describeServer`.
    DescribeServer,
    /// `com.atproto.server.getAccountInviteCodes`.
    GetAccountInviteCodes,
    /// `com.atproto.server.getServiceAuth`.
    GetServiceAuth,
    /// `com.atproto.server.getSession`.
    GetSession,
    /// `com.atproto.server.listAppPasswords`.
    ListAppPasswords,
    /// `com.atproto.server.refreshSession`.
    RefreshSession,
    /// `com.atproto.server.requestAccountDelete`.
    RequestAccountDelete,
    /// `com.atproto.server.requestEmailConfirmation`.
    RequestEmailConfirmation,
    /// `com.atproto.server.requestEmailUpdate`.
    RequestEmailUpdate,
    /// `com.atproto.server.requestPasswordReset`.
    RequestPasswordReset,
    /// `com.atproto.server.reserveSigningKey`.
    ReserveSigningKey,
    /// `com.atproto.server.resetPassword`.
    ResetPassword,
    /// `com.atproto.server.revokeAppPassword`.
    RevokeAppPassword,
    /// `com.atproto.server.updateEmail`.
    UpdateEmail,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::ActivateAccount,
        Self::CheckAccountStatus,
        Self::ConfirmEmail,
        Self::CreateAccount,
        Self::CreateAppPassword,
        Self::CreateInviteCode,
        Self::CreateInviteCodes,
        Self::CreateSession,
        Self::DeactivateAccount,
        Self::DeleteAccount,
        Self::DeleteSession,
        Self::DescribeServer,
        Self::GetAccountInviteCodes,
        Self::GetServiceAuth,
        Self::GetSession,
        Self::ListAppPasswords,
        Self::RefreshSession,
        Self::RequestAccountDelete,
        Self::RequestEmailConfirmation,
        Self::RequestEmailUpdate,
        Self::RequestPasswordReset,
        Self::ReserveSigningKey,
        Self::ResetPassword,
        Self::RevokeAppPassword,
        Self::UpdateEmail,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::ActivateAccount => activate_account::NSID,
            Self::CheckAccountStatus => check_account_status::NSID,
            Self::ConfirmEmail => confirm_email::NSID,
            Self::CreateAccount => create_account::NSID,
            Self::CreateAppPassword => create_app_password::NSID,
            Self::CreateInviteCode => create_invite_code::NSID,
            Self::CreateInviteCodes => create_invite_codes::NSID,
            Self::CreateSession => create_session::NSID,
            Self::DeactivateAccount => deactivate_account::NSID,
            Self::DeleteAccount => delete_account::NSID,
            Self::DeleteSession => delete_session::NSID,
            Self::DescribeServer => describe_server::NSID,
            Self::GetAccountInviteCodes => get_account_invite_codes::NSID,
            Self::GetServiceAuth => get_service_auth::NSID,
            Self::GetSession => get_session::NSID,
            Self::ListAppPasswords => list_app_passwords::NSID,
            Self::RefreshSession => refresh_session::NSID,
            Self::RequestAccountDelete => request_account_delete::NSID,
            Self::RequestEmailConfirmation => request_email_confirmation::NSID,
            Self::RequestEmailUpdate => request_email_update::NSID,
            Self::RequestPasswordReset => request_password_reset::NSID,
            Self::ReserveSigningKey => reserve_signing_key::NSID,
            Self::ResetPassword => reset_password::NSID,
            Self::RevokeAppPassword => revoke_app_password::NSID,
            Self::UpdateEmail => update_email::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.server.activateAccount" => {
                ::std::option::Option::Some(Self::ActivateAccount)
            }
            "com.atproto.server.checkAccountStatus" => {
                ::std::option::Option::Some(Self::CheckAccountStatus)
            }
            "com.atproto.server.confirmEmail" => {
                ::std::option::Option::Some(Self::ConfirmEmail)
            }
            "com.atproto.server.createAccount" => {
                ::std::option::Option::Some(Self::CreateAccount)
            }
            "com.atproto.server.createAppPassword" => {
                ::std::option::Option::Some(Self::CreateAppPassword)
            }
            "com.atproto.server.createInviteCode" => {
                ::std::option::Option::Some(Self::CreateInviteCode)
            }
            "com.atproto.server.createInviteCodes" => {
                ::std::option::Option::Some(Self::CreateInviteCodes)
            }
            "com.atproto.server.createSession" => {
                ::std::option::Option::Some(Self::CreateSession)
            }
            "com.atproto.server.deactivateAccount" => {
                ::std::option::Option::Some(Self::DeactivateAccount)
            }
            "com.atproto.server.deleteAccount" => {
                ::std::option::Option::Some(Self::DeleteAccount)
            }
            "com.atproto.server.deleteSession" => {
                ::std::option::Option::Some(Self::DeleteSession)
            }
            "com.atproto.server.describeServer" => {
                ::std::option::Option::Some(Self::DescribeServer)
            }
            "com.atproto.server.getAccountInviteCodes" => {
                ::std::option::Option::Some(Self::GetAccountInviteCodes)
            }
            "com.atproto.server.getServiceAuth" => {
                ::std::option::Option::Some(Self::GetServiceAuth)
            }
            "com.atproto.server.getSession" => {
                ::std::option::Option::Some(Self::GetSession)
            }
            "com.atproto.server.listAppPasswords" => {
                ::std::option::Option::Some(Self::ListAppPasswords)
            }
            "com.atproto.server.refreshSession" => {
                ::std::option::Option::Some(Self::RefreshSession)
            }
            "com.atproto.server.requestAccountDelete" => {
                ::std::option::Option::Some(Self::RequestAccountDelete)
            }
            "com.atproto.server.requestEmailConfirmation" => {
                ::std::option::Option::Some(Self::RequestEmailConfirmation)
            }
            "com.atproto.server.requestEmailUpdate" => {
                ::std::option::Option::Some(Self::RequestEmailUpdate)
            }
            "com.atproto.server.requestPasswordReset" => {
                ::std::option::Option::Some(Self::RequestPasswordReset)
            }
            "com.atproto.server.reserveSigningKey" => {
                ::std::option::Option::Some(Self::ReserveSigningKey)
            }
            "com.atproto.server.resetPassword" => {
                ::std::option::Option::Some(Self::ResetPassword)
            }
            "com.atproto.server.revokeAppPassword" => {
                ::std::option::Option::Some(Self::RevokeAppPassword)
            }
            "com.atproto.server.updateEmail" => {
                ::std::option::Option::Some(Self::UpdateEmail)
            }
            _ => ::std::option::Option::None,
        }
    }
    /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
    pub const fn is_subscription(self) -> bool {
        false
    }
    /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
    /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
    pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
        match self {
            Self::ActivateAccount => ::std::option::Option::None,
            Self::CheckAccountStatus => ::std::option::Option::None,
            Self::ConfirmEmail => ::std::option::Option::Some("application/json"),
            Self::CreateAccount => ::std::option::Option::Some("application/json"),
            Self::CreateAppPassword => ::std::option::Option::Some("application/json"),
            Self::CreateInviteCode => ::std::option::Option::Some("application/json"),
            Self::CreateInviteCodes => ::std::option::Option::Some("application/json"),
            Self::CreateSession => ::std::option::Option::Some("application/json"),
            Self::DeactivateAccount => ::std::option::Option::Some("application/json"),
            Self::DeleteAccount => ::std::option::Option::Some("application/json"),
            Self::DeleteSession => ::std::option::Option::None,
            Self::DescribeServer => ::std::option::Option::None,
            Self::GetAccountInviteCodes => ::std::option::Option::None,
            Self::GetServiceAuth => ::std::option::Option::None,
            Self::GetSession => ::std::option::Option::None,
            Self::ListAppPasswords => ::std::option::Option::None,
            Self::RefreshSession => ::std::option::Option::None,
            Self::RequestAccountDelete => ::std::option::Option::None,
            Self::RequestEmailConfirmation => ::std::option::Option::None,
            Self::RequestEmailUpdate => ::std::option::Option::None,
            Self::RequestPasswordReset => ::std::option::Option::Some("application/json"),
            Self::ReserveSigningKey => ::std::option::Option::Some("application/json"),
            Self::ResetPassword => ::std::option::Option::Some("application/json"),
            Self::RevokeAppPassword => ::std::option::Option::Some("application/json"),
            Self::UpdateEmail => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `com.atproto.server`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.server.activateAccount`
    fn activate_account(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            activate_account::Output,
            ::lexgen::xrpc::XrpcError<activate_account::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.checkAccountStatus`
    fn check_account_status(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            check_account_status::Output,
            ::lexgen::xrpc::XrpcError<check_account_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.confirmEmail`
    fn confirm_email(
        &self,
        ctx: C,
        input: confirm_email::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            confirm_email::Output,
            ::lexgen::xrpc::XrpcError<confirm_email::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.createAccount`
    fn create_account(
        &self,
        ctx: C,
        input: create_account::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_account::Output,
            ::lexgen::xrpc::XrpcError<create_account::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.createAppPassword`
    fn create_app_password(
        &self,
        ctx: C,
        input: create_app_password::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_app_password::Output,
            ::lexgen::xrpc::XrpcError<create_app_password::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.createInviteCode`
    fn create_invite_code(
        &self,
        ctx: C,
        input: create_invite_code::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_invite_code::Output,
            ::lexgen::xrpc::XrpcError<create_invite_code::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.createInviteCodes`
    fn create_invite_codes(
        &self,
        ctx: C,
        input: create_invite_codes::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_invite_codes::Output,
            ::lexgen::xrpc::XrpcError<create_invite_codes::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.createSession`
    fn create_session(
        &self,
        ctx: C,
        input: create_session::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            create_session::Output,
            ::lexgen::xrpc::XrpcError<create_session::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.deactivateAccount`
    fn deactivate_account(
        &self,
        ctx: C,
        input: deactivate_account::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            deactivate_account::Output,
            ::lexgen::xrpc::XrpcError<deactivate_account::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.deleteAccount`
    fn delete_account(
        &self,
        ctx: C,
        input: delete_account::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            delete_account::Output,
            ::lexgen::xrpc::XrpcError<delete_account::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.deleteSession`
    fn delete_session(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            delete_session::Output,
            ::lexgen::xrpc::XrpcError<delete_session::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.describeServer`
    fn describe_server(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            describe_server::Output,
            ::lexgen::xrpc::XrpcError<describe_server::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.getAccountInviteCodes`
    fn get_account_invite_codes(
        &self,
        ctx: C,
        params: get_account_invite_codes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_account_invite_codes::Output,
            ::lexgen::xrpc::XrpcError<get_account_invite_codes::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.getServiceAuth`
    fn get_service_auth(
        &self,
        ctx: C,
        params: get_service_auth::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_service_auth::Output,
            ::lexgen::xrpc::XrpcError<get_service_auth::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.getSession`
    fn get_session(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_session::Output,
            ::lexgen::xrpc::XrpcError<get_session::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.listAppPasswords`
    fn list_app_passwords(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_app_passwords::Output,
            ::lexgen::xrpc::XrpcError<list_app_passwords::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.refreshSession`
    fn refresh_session(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            refresh_session::Output,
            ::lexgen::xrpc::XrpcError<refresh_session::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.requestAccountDelete`
    fn request_account_delete(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_account_delete::Output,
            ::lexgen::xrpc::XrpcError<request_account_delete::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.requestEmailConfirmation`
    fn request_email_confirmation(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_email_confirmation::Output,
            ::lexgen::xrpc::XrpcError<request_email_confirmation::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.requestEmailUpdate`
    fn request_email_update(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_email_update::Output,
            ::lexgen::xrpc::XrpcError<request_email_update::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.requestPasswordReset`
    fn request_password_reset(
        &self,
        ctx: C,
        input: request_password_reset::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_password_reset::Output,
            ::lexgen::xrpc::XrpcError<request_password_reset::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.reserveSigningKey`
    fn reserve_signing_key(
        &self,
        ctx: C,
        input: reserve_signing_key::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            reserve_signing_key::Output,
            ::lexgen::xrpc::XrpcError<reserve_signing_key::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.resetPassword`
    fn reset_password(
        &self,
        ctx: C,
        input: reset_password::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            reset_password::Output,
            ::lexgen::xrpc::XrpcError<reset_password::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.revokeAppPassword`
    fn revoke_app_password(
        &self,
        ctx: C,
        input: revoke_app_password::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            revoke_app_password::Output,
            ::lexgen::xrpc::XrpcError<revoke_app_password::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.server.updateEmail`
    fn update_email(
        &self,
        ctx: C,
        input: update_email::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_email::Output,
            ::lexgen::xrpc::XrpcError<update_email::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.server`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.server.activateAccount",
            crate::server::handler::<
                activate_account::ActivateAccount,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.activate_account(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.checkAccountStatus",
            crate::server::handler::<
                check_account_status::CheckAccountStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.check_account_status(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.confirmEmail",
            crate::server::handler::<
                confirm_email::ConfirmEmail,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.confirm_email(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.createAccount",
            crate::server::handler::<
                create_account::CreateAccount,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_account(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.createAppPassword",
            crate::server::handler::<
                create_app_password::CreateAppPassword,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_app_password(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.createInviteCode",
            crate::server::handler::<
                create_invite_code::CreateInviteCode,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_invite_code(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.createInviteCodes",
            crate::server::handler::<
                create_invite_codes::CreateInviteCodes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_invite_codes(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.createSession",
            crate::server::handler::<
                create_session::CreateSession,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.create_session(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.deactivateAccount",
            crate::server::handler::<
                deactivate_account::DeactivateAccount,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.deactivate_account(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.deleteAccount",
            crate::server::handler::<
                delete_account::DeleteAccount,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.delete_account(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.deleteSession",
            crate::server::handler::<
                delete_session::DeleteSession,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.delete_session(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.describeServer",
            crate::server::handler::<
                describe_server::DescribeServer,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.describe_server(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.getAccountInviteCodes",
            crate::server::handler::<
                get_account_invite_codes::GetAccountInviteCodes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_account_invite_codes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.getServiceAuth",
            crate::server::handler::<
                get_service_auth::GetServiceAuth,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_service_auth(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.getSession",
            crate::server::handler::<
                get_session::GetSession,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_session(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.listAppPasswords",
            crate::server::handler::<
                list_app_passwords::ListAppPasswords,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.list_app_passwords(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.refreshSession",
            crate::server::handler::<
                refresh_session::RefreshSession,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.refresh_session(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.requestAccountDelete",
            crate::server::handler::<
                request_account_delete::RequestAccountDelete,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.request_account_delete(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.requestEmailConfirmation",
            crate::server::handler::<
                request_email_confirmation::RequestEmailConfirmation,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.request_email_confirmation(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.requestEmailUpdate",
            crate::server::handler::<
                request_email_update::RequestEmailUpdate,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.request_email_update(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.requestPasswordReset",
            crate::server::handler::<
                request_password_reset::RequestPasswordReset,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.request_password_reset(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.reserveSigningKey",
            crate::server::handler::<
                reserve_signing_key::ReserveSigningKey,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.reserve_signing_key(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.resetPassword",
            crate::server::handler::<
                reset_password::ResetPassword,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.reset_password(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.revokeAppPassword",
            crate::server::handler::<
                revoke_app_password::RevokeAppPassword,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.revoke_app_password(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.server.updateEmail",
            crate::server::handler::<
                update_email::UpdateEmail,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_email(ctx, input).await
                },
            ),
        )
}
