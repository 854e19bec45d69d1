// @generated from lexicons/app/bsky/richtext/*.json by cargo xtask codegen
pub mod facet;
