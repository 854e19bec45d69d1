// @generated from lexicons/com/atproto/repo/deleteRecord.json by cargo xtask codegen
//! `com.atproto.repo.deleteRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.deleteRecord";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub collection: ::lexgen::model::Nsid,
    pub repo: ::lexgen::model::AtIdentifier,
    pub rkey: ::lexgen::model::RecordKey,
    pub swap_commit: ::std::option::Option<::lexgen::model::CidString>,
    pub swap_record: ::std::option::Option<::lexgen::model::CidString>,
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
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("collection", &mut slots.0);
        props.required("repo", &mut slots.1);
        props.required("rkey", &mut slots.2);
        props.optional("swapCommit", &mut slots.3);
        props.optional("swapRecord", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(collection),
                ::std::option::Option::Some(repo),
                ::std::option::Option::Some(rkey),
                ::std::option::Option::Some(swap_commit),
                ::std::option::Option::Some(swap_record),
            ) => {
                ::std::result::Result::Ok(Self {
                    collection,
                    repo,
                    rkey,
                    swap_commit,
                    swap_record,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "collection", &self.collection);
        ::lexgen::typed::put(&mut map, "repo", &self.repo);
        ::lexgen::typed::put(&mut map, "rkey", &self.rkey);
        ::lexgen::typed::put_optional(&mut map, "swapCommit", &self.swap_commit);
        ::lexgen::typed::put_optional(&mut map, "swapRecord", &self.swap_record);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.swap_commit {
            ::lexgen::typed::check::cid(v, path.key("swapCommit"), out);
        }
        if let ::std::option::Option::Some(v) = &self.swap_record {
            ::lexgen::typed::check::cid(v, path.key("swapRecord"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub commit: ::std::option::Option<crate::com::atproto::repo::defs::CommitMeta>,
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
        props.optional("commit", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(commit),) => {
                ::std::result::Result::Ok(Self { commit, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "commit", &self.commit);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.commit {
            ::lexgen::typed::Validate::validate_at(v, path.key("commit"), out);
        }
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidSwap,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidSwap => "InvalidSwap",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidSwap" => ::std::option::Option::Some(Self::InvalidSwap),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.repo.deleteRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteRecord;
impl ::lexgen::xrpc::Endpoint for DeleteRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
