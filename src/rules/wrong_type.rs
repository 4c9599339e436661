//! # A value has the wrong type
//!
//! ## What it checks
//! Each value has the type the letter's JSON Schema gives it: text, a list, true or false, or a
//! group of fields. The letter itself must be a JSON object.
//!
//! ## Why it matters
//! A form or an import that sends `"date": 17` or a list where text belongs has lost the
//! value's meaning; the rest of the letter is still read and checked.
//!
//! ## Example
//! `{ "date": 17 }` gives `wrong-type` at `/date`: "Letter date must be text, not a number".

// The check itself is part of the structural walk in `src/schema/mod.rs`.
