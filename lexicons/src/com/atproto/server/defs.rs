// @generated from lexicons/com/atproto/server/defs.json by cargo xtask codegen
//! `com.atproto.server.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.defs";
#[derive(Clone, PartialEq)]
pub struct InviteCode {
    pub available: i64,
    pub code: ::std::string::String,
    pub created_at: ::lexgen::model::Datetime,
    pub created_by: ::std::string::String,
    pub disabled: bool,
    pub for_account: ::std::string::String,
    pub uses: ::std::vec::Vec<InviteCodeUse>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for InviteCode {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("available", &mut slots.0);
        props.required("code", &mut slots.1);
        props.required("createdAt", &mut slots.2);
        props.required("createdBy", &mut slots.3);
        props.required("disabled", &mut slots.4);
        props.required("forAccount", &mut slots.5);
        props.required("uses", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(available),
                ::std::option::Option::Some(code),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(created_by),
                ::std::option::Option::Some(disabled),
                ::std::option::Option::Some(for_account),
                ::std::option::Option::Some(uses),
            ) => {
                ::std::result::Result::Ok(Self {
                    available,
                    code,
                    created_at,
                    created_by,
                    disabled,
                    for_account,
                    uses,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "available", &self.available);
        ::lexgen::typed::put(&mut map, "code", &self.code);
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "createdBy", &self.created_by);
        ::lexgen::typed::put(&mut map, "disabled", &self.disabled);
        ::lexgen::typed::put(&mut map, "forAccount", &self.for_account);
        ::lexgen::typed::put(&mut map, "uses", &self.uses);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for InviteCode {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.uses;
            {
                let p0 = path.key("uses");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct InviteCodeUse {
    pub used_at: ::lexgen::model::Datetime,
    pub used_by: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for InviteCodeUse {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("usedAt", &mut slots.0);
        props.required("usedBy", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(used_at),
                ::std::option::Option::Some(used_by),
            ) => ::std::result::Result::Ok(Self { used_at, used_by, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "usedAt", &self.used_at);
        ::lexgen::typed::put(&mut map, "usedBy", &self.used_by);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for InviteCodeUse {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(InviteCode, InviteCodeUse);
