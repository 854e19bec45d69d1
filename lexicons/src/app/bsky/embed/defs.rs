// @generated from lexicons/app/bsky/embed/defs.json by cargo xtask codegen
//! `app.bsky.embed.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.defs";
#[derive(Clone, PartialEq)]
pub struct AspectRatio {
    pub height: i64,
    pub width: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for AspectRatio {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("height", &mut slots.0);
        props.required("width", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(height), ::std::option::Option::Some(width)) => {
                ::std::result::Result::Ok(Self { height, width, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "height", &self.height);
        ::lexgen::typed::put(&mut map, "width", &self.width);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AspectRatio {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.height;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::None,
                path.key("height"),
                out,
            );
        }
        {
            let v = &self.width;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::None,
                path.key("width"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(AspectRatio);
