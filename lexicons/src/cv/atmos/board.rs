// @generated from lexicons/cv/atmos/board/*.json by cargo xtask codegen
pub mod board;
pub mod item;
