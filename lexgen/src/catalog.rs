//! A set of lexicon documents with every reference resolved.
