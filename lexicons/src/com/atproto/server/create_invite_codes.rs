// @generated from lexicons/com/atproto/server/createInviteCodes.json by cargo xtask codegen
//! `com.atproto.server.createInviteCodes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createInviteCodes";
#[derive(Clone, PartialEq)]
pub struct AccountCodes {
    pub account: ::std::string::String,
    pub codes: ::std::vec::Vec<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for AccountCodes {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("account", &mut slots.0);
        props.required("codes", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(account),
                ::std::option::Option::Some(codes),
            ) => ::std::result::Result::Ok(Self { account, codes, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "account", &self.account);
        ::lexgen::typed::put(&mut map, "codes", &self.codes);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AccountCodes {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub code_count: i64,
    pub for_accounts: ::std::option::Option<::std::vec::Vec<::lexgen::model::Did>>,
    pub use_count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Input {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("codeCount", &mut slots.0);
        props.optional("forAccounts", &mut slots.1);
        props.required("useCount", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(code_count),
                ::std::option::Option::Some(for_accounts),
                ::std::option::Option::Some(use_count),
            ) => {
                ::std::result::Result::Ok(Self {
                    code_count,
                    for_accounts,
                    use_count,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "codeCount", &self.code_count);
        ::lexgen::typed::put_optional(&mut map, "forAccounts", &self.for_accounts);
        ::lexgen::typed::put(&mut map, "useCount", &self.use_count);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub codes: ::std::vec::Vec<AccountCodes>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Output {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("codes", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(codes),) => {
                ::std::result::Result::Ok(Self { codes, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "codes", &self.codes);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.codes;
            {
                let p0 = path.key("codes");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.createInviteCodes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateInviteCodes;
impl ::lexgen::xrpc::Endpoint for CreateInviteCodes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(AccountCodes, Input, Output);
