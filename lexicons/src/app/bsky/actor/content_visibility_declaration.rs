// @generated from lexicons/app/bsky/actor/contentVisibilityDeclaration.json by cargo xtask codegen
//! `app.bsky.actor.contentVisibilityDeclaration`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.contentVisibilityDeclaration";
#[derive(Clone, PartialEq)]
pub struct ContentVisibilityDeclaration {
    pub hide_from_algorithmic_recommendations: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ContentVisibilityDeclaration {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "app.bsky.actor.contentVisibilityDeclaration",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("hideFromAlgorithmicRecommendations", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(hide_from_algorithmic_recommendations),) => {
                ::std::result::Result::Ok(Self {
                    hide_from_algorithmic_recommendations,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(
            &mut map,
            "hideFromAlgorithmicRecommendations",
            &self.hide_from_algorithmic_recommendations,
        );
        ::lexgen::typed::with_record_type(
            map,
            "app.bsky.actor.contentVisibilityDeclaration",
        )
    }
}
impl ::lexgen::typed::Validate for ContentVisibilityDeclaration {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(ContentVisibilityDeclaration);
