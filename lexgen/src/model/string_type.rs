//! The shared shape of the string-format newtypes: an `Arc<str>` checked once, with the usual traits.

/// Declares the trait impls of a string newtype `$name(Arc<str>)` whose inherent `fn check(&str) -> Result<(), SyntaxError>`
/// decides validity. Parsing stores the text unchanged; cloning bumps a
/// reference count.
macro_rules! string_type {
    // Compared without regard to ASCII case: the type implements `PartialEq`, `Eq`, `Hash`, `Ord`
    // and `PartialEq<str>` itself, and not `Borrow<str>` (whose contract needs `str`'s equality).
    ($name:ident, case_insensitive) => {
        impl $name {
            fn store(text: &str) -> Self {
                Self(std::sync::Arc::from(text))
            }
        }
        $crate::model::string_type::string_type!(@common $name);
    };
    ($name:ident) => {
        impl $name {
            fn store(text: &str) -> Self {
                Self(std::sync::Arc::from(text))
            }
        }
        $crate::model::string_type::string_type!(@common $name);
        $crate::model::string_type::string_type!(@exact $name);
    };
    (@exact $name:ident) => {
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

    };
    (@common $name:ident) => {
        impl $name {
            /// The text as parsed.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Checks `text` without keeping it (no allocation), e.g. for validation.
            pub fn check_str(text: &str) -> Result<(), $crate::model::SyntaxError> {
                Self::check(text)
            }

            /// Parses `text`.
            pub fn new(text: impl AsRef<str>) -> Result<Self, $crate::model::SyntaxError> {
                let text = text.as_ref();
                Self::check(text)?;
                Ok(Self::store(text))
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::SyntaxError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Self::new(text)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = $crate::model::SyntaxError;
            fn try_from(text: &str) -> Result<Self, Self::Error> {
                Self::new(text)
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::model::SyntaxError;
            fn try_from(text: String) -> Result<Self, Self::Error> {
                Self::new(text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({:?})", stringify!($name), &*self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a {} string", stringify!($name))
                    }
                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$name, E> {
                        $name::new(text).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

pub(crate) use string_type;
