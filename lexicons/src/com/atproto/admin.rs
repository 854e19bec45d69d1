// @generated from lexicons/com/atproto/admin/*.json by cargo xtask codegen
pub mod defs;
pub mod delete_account;
pub mod disable_account_invites;
pub mod disable_invite_codes;
pub mod enable_account_invites;
pub mod get_account_info;
pub mod get_account_infos;
pub mod get_invite_codes;
pub mod get_subject_status;
pub mod search_accounts;
pub mod send_email;
pub mod update_account_email;
pub mod update_account_handle;
pub mod update_account_password;
pub mod update_account_signing_key;
pub mod update_subject_status;
/// Every query, procedure and subscription of `com.atproto.admin`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.admin.deleteAccount`.
    DeleteAccount,
    /// `com.atproto.admin.disableAccountInvites`.
    DisableAccountInvites,
    /// `com.atproto.admin.disableInviteCodes`.
    DisableInviteCodes,
    /// `com.atproto.admin.enableAccountInvites`.
    EnableAccountInvites,
    /// `com.atproto.admin.getAccountInfo`.
    GetAccountInfo,
    /// `com.atproto.admin.getAccountInfos`.
    GetAccountInfos,
    /// `com.atproto.admin.getInviteCodes`.
    GetInviteCodes,
    /// `com.atproto.admin.getSubjectStatus`.
    GetSubjectStatus,
    /// `com.atproto.admin.searchAccounts`.
    SearchAccounts,
    /// `com.atproto.admin.sendEmail`.
    SendEmail,
    /// `com.atproto.admin.updateAccountEmail`.
    UpdateAccountEmail,
    /// `com.atproto.admin.updateAccountHandle`.
    UpdateAccountHandle,
    /// `com.atproto.admin.updateAccountPassword`.
    UpdateAccountPassword,
    /// `com.atproto.admin.updateAccountSigningKey`.
    UpdateAccountSigningKey,
    /// `com.atproto.admin.updateSubjectStatus`.
    UpdateSubjectStatus,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::DeleteAccount,
        Self::DisableAccountInvites,
        Self::DisableInviteCodes,
        Self::EnableAccountInvites,
        Self::GetAccountInfo,
        Self::GetAccountInfos,
        Self::GetInviteCodes,
        Self::GetSubjectStatus,
        Self::SearchAccounts,
        Self::SendEmail,
        Self::UpdateAccountEmail,
        Self::UpdateAccountHandle,
        Self::UpdateAccountPassword,
        Self::UpdateAccountSigningKey,
        Self::UpdateSubjectStatus,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::DeleteAccount => delete_account::NSID,
            Self::DisableAccountInvites => disable_account_invites::NSID,
            Self::DisableInviteCodes => disable_invite_codes::NSID,
            Self::EnableAccountInvites => enable_account_invites::NSID,
            Self::GetAccountInfo => get_account_info::NSID,
            Self::GetAccountInfos => get_account_infos::NSID,
            Self::GetInviteCodes => get_invite_codes::NSID,
            Self::GetSubjectStatus => get_subject_status::NSID,
            Self::SearchAccounts => search_accounts::NSID,
            Self::SendEmail => send_email::NSID,
            Self::UpdateAccountEmail => update_account_email::NSID,
            Self::UpdateAccountHandle => update_account_handle::NSID,
            Self::UpdateAccountPassword => update_account_password::NSID,
            Self::UpdateAccountSigningKey => update_account_signing_key::NSID,
            Self::UpdateSubjectStatus => update_subject_status::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.admin.deleteAccount" => {
                ::std::option::Option::Some(Self::DeleteAccount)
            }
            "com.atproto.admin.disableAccountInvites" => {
                ::std::option::Option::Some(Self::DisableAccountInvites)
            }
            "com.atproto.admin.disableInviteCodes" => {
                ::std::option::Option::Some(Self::DisableInviteCodes)
            }
            "com.atproto.admin.enableAccountInvites" => {
                ::std::option::Option::Some(Self::EnableAccountInvites)
            }
            "com.atproto.admin.getAccountInfo" => {
                ::std::option::Option::Some(Self::GetAccountInfo)
            }
            "com.atproto.admin.getAccountInfos" => {
                ::std::option::Option::Some(Self::GetAccountInfos)
            }
            "com.atproto.admin.getInviteCodes" => {
                ::std::option::Option::Some(Self::GetInviteCodes)
            }
            "com.atproto.admin.getSubjectStatus" => {
                ::std::option::Option::Some(Self::GetSubjectStatus)
            }
            "com.atproto.admin.searchAccounts" => {
                ::std::option::Option::Some(Self::SearchAccounts)
            }
            "com.atproto.admin.sendEmail" => ::std::option::Option::Some(Self::SendEmail),
            "com.atproto.admin.updateAccountEmail" => {
                ::std::option::Option::Some(Self::UpdateAccountEmail)
            }
            "com.atproto.admin.updateAccountHandle" => {
                ::std::option::Option::Some(Self::UpdateAccountHandle)
            }
            "com.atproto.admin.updateAccountPassword" => {
                ::std::option::Option::Some(Self::UpdateAccountPassword)
            }
            "com.atproto.admin.updateAccountSigningKey" => {
                ::std::option::Option::Some(Self::UpdateAccountSigningKey)
            }
            "com.atproto.admin.updateSubjectStatus" => {
                ::std::option::Option::Some(Self::UpdateSubjectStatus)
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
            Self::DeleteAccount => ::std::option::Option::Some("application/json"),
            Self::DisableAccountInvites => {
                ::std::option::Option::Some("application/json")
            }
            Self::DisableInviteCodes => ::std::option::Option::Some("application/json"),
            Self::EnableAccountInvites => ::std::option::Option::Some("application/json"),
            Self::GetAccountInfo => ::std::option::Option::None,
            Self::GetAccountInfos => ::std::option::Option::None,
            Self::GetInviteCodes => ::std::option::Option::None,
            Self::GetSubjectStatus => ::std::option::Option::None,
            Self::SearchAccounts => ::std::option::Option::None,
            Self::SendEmail => ::std::option::Option::Some("application/json"),
            Self::UpdateAccountEmail => ::std::option::Option::Some("application/json"),
            Self::UpdateAccountHandle => ::std::option::Option::Some("application/json"),
            Self::UpdateAccountPassword => {
                ::std::option::Option::Some("application/json")
            }
            Self::UpdateAccountSigningKey => {
                ::std::option::Option::Some("application/json")
            }
            Self::UpdateSubjectStatus => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `com.atproto.admin`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.admin.deleteAccount`
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
    /// `com.atproto.admin.disableAccountInvites`
    fn disable_account_invites(
        &self,
        ctx: C,
        input: disable_account_invites::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            disable_account_invites::Output,
            ::lexgen::xrpc::XrpcError<disable_account_invites::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.disableInviteCodes`
    fn disable_invite_codes(
        &self,
        ctx: C,
        input: disable_invite_codes::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            disable_invite_codes::Output,
            ::lexgen::xrpc::XrpcError<disable_invite_codes::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.enableAccountInvites`
    fn enable_account_invites(
        &self,
        ctx: C,
        input: enable_account_invites::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            enable_account_invites::Output,
            ::lexgen::xrpc::XrpcError<enable_account_invites::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.getAccountInfo`
    fn get_account_info(
        &self,
        ctx: C,
        params: get_account_info::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_account_info::Output,
            ::lexgen::xrpc::XrpcError<get_account_info::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.getAccountInfos`
    fn get_account_infos(
        &self,
        ctx: C,
        params: get_account_infos::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_account_infos::Output,
            ::lexgen::xrpc::XrpcError<get_account_infos::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.getInviteCodes`
    fn get_invite_codes(
        &self,
        ctx: C,
        params: get_invite_codes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_invite_codes::Output,
            ::lexgen::xrpc::XrpcError<get_invite_codes::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.getSubjectStatus`
    fn get_subject_status(
        &self,
        ctx: C,
        params: get_subject_status::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_subject_status::Output,
            ::lexgen::xrpc::XrpcError<get_subject_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.searchAccounts`
    fn search_accounts(
        &self,
        ctx: C,
        params: search_accounts::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_accounts::Output,
            ::lexgen::xrpc::XrpcError<search_accounts::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.sendEmail`
    fn send_email(
        &self,
        ctx: C,
        input: send_email::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            send_email::Output,
            ::lexgen::xrpc::XrpcError<send_email::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.updateAccountEmail`
    fn update_account_email(
        &self,
        ctx: C,
        input: update_account_email::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_account_email::Output,
            ::lexgen::xrpc::XrpcError<update_account_email::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.updateAccountHandle`
    fn update_account_handle(
        &self,
        ctx: C,
        input: update_account_handle::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_account_handle::Output,
            ::lexgen::xrpc::XrpcError<update_account_handle::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.updateAccountPassword`
    fn update_account_password(
        &self,
        ctx: C,
        input: update_account_password::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_account_password::Output,
            ::lexgen::xrpc::XrpcError<update_account_password::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.updateAccountSigningKey`
    fn update_account_signing_key(
        &self,
        ctx: C,
        input: update_account_signing_key::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_account_signing_key::Output,
            ::lexgen::xrpc::XrpcError<update_account_signing_key::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.admin.updateSubjectStatus`
    fn update_subject_status(
        &self,
        ctx: C,
        input: update_subject_status::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_subject_status::Output,
            ::lexgen::xrpc::XrpcError<update_subject_status::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.admin`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.admin.deleteAccount",
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
            "/xrpc/com.atproto.admin.disableAccountInvites",
            crate::server::handler::<
                disable_account_invites::DisableAccountInvites,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.disable_account_invites(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.disableInviteCodes",
            crate::server::handler::<
                disable_invite_codes::DisableInviteCodes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.disable_invite_codes(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.enableAccountInvites",
            crate::server::handler::<
                enable_account_invites::EnableAccountInvites,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.enable_account_invites(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.getAccountInfo",
            crate::server::handler::<
                get_account_info::GetAccountInfo,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_account_info(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.getAccountInfos",
            crate::server::handler::<
                get_account_infos::GetAccountInfos,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_account_infos(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.getInviteCodes",
            crate::server::handler::<
                get_invite_codes::GetInviteCodes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_invite_codes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.getSubjectStatus",
            crate::server::handler::<
                get_subject_status::GetSubjectStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_subject_status(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.searchAccounts",
            crate::server::handler::<
                search_accounts::SearchAccounts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_accounts(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.sendEmail",
            crate::server::handler::<
                send_email::SendEmail,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.send_email(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.updateAccountEmail",
            crate::server::handler::<
                update_account_email::UpdateAccountEmail,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_account_email(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.updateAccountHandle",
            crate::server::handler::<
                update_account_handle::UpdateAccountHandle,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_account_handle(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.updateAccountPassword",
            crate::server::handler::<
                update_account_password::UpdateAccountPassword,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_account_password(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.updateAccountSigningKey",
            crate::server::handler::<
                update_account_signing_key::UpdateAccountSigningKey,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_account_signing_key(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.admin.updateSubjectStatus",
            crate::server::handler::<
                update_subject_status::UpdateSubjectStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_subject_status(ctx, input).await
                },
            ),
        )
}
