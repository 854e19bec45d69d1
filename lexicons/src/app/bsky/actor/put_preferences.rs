// @generated from lexicons/app/bsky/actor/putPreferences.json by cargo xtask codegen
//! `app.bsky.actor.putPreferences`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.putPreferences";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub preferences: crate::app::bsky::actor::defs::Preferences,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        preferences: required "preferences",
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.preferences;
            {
                let p1 = path.key("preferences");
                for (i1, item1) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item1, p1.index(i1), out);
                }
            }
        }
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.putPreferences` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PutPreferences;
impl ::lexgen::xrpc::Endpoint for PutPreferences {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
