//! `via_typed!`: `Serialize`, `Deserialize` and `Debug` for generated types, through [`Value`].
//!
//! [`Value`]: crate::model::Value

/// Implements `serde::Serialize`, `serde::Deserialize` and `Debug` for each listed [`Typed`] type
/// by going through [`Value`], so serde users (axum `Json`, reqwest, `drisl::to_vec`) get exactly
/// the bytes of the data-model path, decoding errors keep their JSON path, and `{:?}` shows the
/// type name and the value as atproto JSON.
///
/// One small impl per type instead of derives whose size grows with the number of fields: the
/// generated crate is mostly these types, and derives were a large part of its compile time.
///
/// [`Typed`]: crate::typed::Typed
/// [`Value`]: crate::model::Value
#[macro_export]
macro_rules! via_typed {
    ($($ty:ident),* $(,)?) => {$(
        impl $crate::__serde::Serialize for $ty {
            fn serialize<S: $crate::__serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::typed::serialize(self, serializer)
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::typed::deserialize(deserializer)
            }
        }

        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::typed::debug(::core::stringify!($ty), &$crate::typed::Typed::to_value(self), f)
            }
        }
    )*};
}
