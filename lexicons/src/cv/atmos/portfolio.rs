// @generated from lexicons/cv/atmos/portfolio/*.json by cargo xtask codegen
pub mod entry;
