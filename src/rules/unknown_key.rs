//! # A field the letter does not have
//!
//! ## What it checks
//! Every key in the letter is one the contract defines (sections of findings are checked by
//! `unknown-section`). When a key is close to a real one, the message names it.
//!
//! ## Why it matters
//! A misspelt key (`recipent`) silently loses what was typed under it: the letter would go out
//! without it, while the form looked filled in.
//!
//! ## Example
//! `{ "recipent": { … } }` gives `unknown-key` at `/recipent`: "Remove “recipent” or rename it
//! “recipient”: a letter has no field called “recipent”".

// The check itself is part of the structural walk in `src/schema/mod.rs`.
