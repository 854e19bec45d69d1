// @generated from lexicons/cv/*.json by cargo xtask codegen
pub mod atmos;
