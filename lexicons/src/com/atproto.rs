// @generated from lexicons/com/atproto/*.json by cargo xtask codegen
pub mod admin;
pub mod identity;
pub mod label;
pub mod lexicon;
pub mod moderation;
pub mod repo;
pub mod server;
pub mod sync;
pub mod temp;
