// @generated from lexicons/cv/atmos/cv/*.json by cargo xtask codegen
pub mod award;
pub mod education;
pub mod exhibition;
pub mod profile;
pub mod work;
