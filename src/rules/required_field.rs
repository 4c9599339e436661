//! # A required part of the letter is missing or blank
//!
//! ## What it checks
//! Every field the contract requires (the letterhead, date, recipient, council, inspection days
//! and evidence, findings and signatory) is present, is not blank, and every required list has
//! at least one entry. A missing group is reported field by field, so each message can sit
//! beside its own control.
//!
//! ## Why it matters
//! A letter without its date, its addressee or its inspector cannot be sent, and a form
//! should say so before it is submitted rather than after.
//!
//! ## Example
//! `{ "recipient": { "surname": "  " } }` gives `required-field` at `/recipient/surname`:
//! "Enter the recipient surname", and one for each other missing field.

// The check itself is part of the structural walk in `src/schema/mod.rs`, which reads the
// required fields from the letter's JSON Schema.
