//! Proc macros for lexgen-generated code. The expansion logic will live in `lexgen::codegen`; this crate holds entry points only.
