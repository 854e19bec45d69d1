//! Lexicon diagnostics for authors.
