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
::lexgen::object! {
    AspectRatio, extra {
        height: required "height",
        width: required "width",
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
