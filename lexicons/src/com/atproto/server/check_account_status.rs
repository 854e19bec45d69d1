// @generated from lexicons/com/atproto/server/checkAccountStatus.json by cargo xtask codegen
//! `com.atproto.server.checkAccountStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.checkAccountStatus";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub activated: bool,
    pub expected_blobs: i64,
    pub imported_blobs: i64,
    pub indexed_records: i64,
    pub private_state_values: i64,
    pub repo_blocks: i64,
    pub repo_commit: ::lexgen::model::CidString,
    pub repo_rev: ::std::string::String,
    pub valid_did: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Output {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("activated", &mut slots.0);
        props.required("expectedBlobs", &mut slots.1);
        props.required("importedBlobs", &mut slots.2);
        props.required("indexedRecords", &mut slots.3);
        props.required("privateStateValues", &mut slots.4);
        props.required("repoBlocks", &mut slots.5);
        props.required("repoCommit", &mut slots.6);
        props.required("repoRev", &mut slots.7);
        props.required("validDid", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(activated),
                ::std::option::Option::Some(expected_blobs),
                ::std::option::Option::Some(imported_blobs),
                ::std::option::Option::Some(indexed_records),
                ::std::option::Option::Some(private_state_values),
                ::std::option::Option::Some(repo_blocks),
                ::std::option::Option::Some(repo_commit),
                ::std::option::Option::Some(repo_rev),
                ::std::option::Option::Some(valid_did),
            ) => {
                ::std::result::Result::Ok(Self {
                    activated,
                    expected_blobs,
                    imported_blobs,
                    indexed_records,
                    private_state_values,
                    repo_blocks,
                    repo_commit,
                    repo_rev,
                    valid_did,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "activated", &self.activated);
        ::lexgen::typed::put(&mut map, "expectedBlobs", &self.expected_blobs);
        ::lexgen::typed::put(&mut map, "importedBlobs", &self.imported_blobs);
        ::lexgen::typed::put(&mut map, "indexedRecords", &self.indexed_records);
        ::lexgen::typed::put(&mut map, "privateStateValues", &self.private_state_values);
        ::lexgen::typed::put(&mut map, "repoBlocks", &self.repo_blocks);
        ::lexgen::typed::put(&mut map, "repoCommit", &self.repo_commit);
        ::lexgen::typed::put(&mut map, "repoRev", &self.repo_rev);
        ::lexgen::typed::put(&mut map, "validDid", &self.valid_did);
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
            let v = &self.repo_commit;
            ::lexgen::typed::check::cid(v, path.key("repoCommit"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.checkAccountStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckAccountStatus;
impl ::lexgen::xrpc::Endpoint for CheckAccountStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
