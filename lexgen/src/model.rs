//! The atproto data model: string formats as types, and the `Value` tree with its encodings.
