// @generated from lexicons/app/bsky/graph/muteActor.json by cargo xtask codegen
//! `app.bsky.graph.muteActor`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.muteActor";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub actor: ::lexgen::model::AtIdentifier,
    pub only_quoteposts: ::std::option::Option<bool>,
    pub only_reposts: ::std::option::Option<bool>,
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
        props.required("actor", &mut slots.0);
        props.optional("onlyQuoteposts", &mut slots.1);
        props.optional("onlyReposts", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(actor),
                ::std::option::Option::Some(only_quoteposts),
                ::std::option::Option::Some(only_reposts),
            ) => {
                ::std::result::Result::Ok(Self {
                    actor,
                    only_quoteposts,
                    only_reposts,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "actor", &self.actor);
        ::lexgen::typed::put_optional(&mut map, "onlyQuoteposts", &self.only_quoteposts);
        ::lexgen::typed::put_optional(&mut map, "onlyReposts", &self.only_reposts);
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
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.muteActor` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MuteActor;
impl ::lexgen::xrpc::Endpoint for MuteActor {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
