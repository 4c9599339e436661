//! # A value is not one of those allowed
//!
//! ## What it checks
//! Fields with a fixed set of values hold one of them: `/status` is `draft` or `final`.
//!
//! ## Why it matters
//! `"status": "Final"` or `"published"` would leave the letter a draft, and its privacy checks
//! would stay warnings when they should block publication.
//!
//! ## Example
//! `{ "status": "published" }` gives `value-not-allowed` at `/status`: "Status must be one of:
//! draft, final".

// The check itself is part of the structural walk in `src/schema/mod.rs`.
