//! `serde_via_typed!`: `Serialize` / `Deserialize` for generated types, through [`Value`].
//!
//! [`Value`]: crate::model::Value

/// Implements `serde::Serialize` and `serde::Deserialize` for each listed [`Typed`] type by going
/// through [`Value`], so serde users (axum `Json`, reqwest, `drisl::to_vec`) get exactly the bytes
/// of the data-model path, and decoding errors keep their JSON path.
///
/// [`Typed`]: crate::typed::Typed
/// [`Value`]: crate::model::Value
#[macro_export]
macro_rules! serde_via_typed {
    ($($ty:ty),* $(,)?) => {$(
        impl $crate::__serde::Serialize for $ty {
            fn serialize<S: $crate::__serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__serde::Serialize::serialize(&$crate::typed::Typed::to_value(self), serializer)
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let value = <$crate::model::Value as $crate::__serde::Deserialize>::deserialize(deserializer)?;
                $crate::typed::Typed::from_value(value, $crate::typed::Path::ROOT)
                    .map_err(<D::Error as $crate::__serde::de::Error>::custom)
            }
        }
    )*};
}
