//! Typed atproto and Atmos APIs generated from the lexicon JSON beside this crate.
