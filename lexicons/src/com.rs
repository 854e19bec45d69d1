// @generated from lexicons/com/*.json by cargo xtask codegen
pub mod atproto;
