// @generated from lexicons/app/*.json by cargo xtask codegen
pub mod bsky;
