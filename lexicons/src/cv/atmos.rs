// @generated from lexicons/cv/atmos/*.json by cargo xtask codegen
pub mod auth_full;
pub mod board;
pub mod cv;
pub mod defs;
pub mod portfolio;
pub mod server;
