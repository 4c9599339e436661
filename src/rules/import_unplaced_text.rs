//! # Text the importer could not place
//!
//! ## What it checks
//! When a plain-text letter is imported (`importText`, `inspection-letter import`), every line
//! of the text ends up in a field of the letter, or is reported here with its line number and
//! its words.
//!
//! ## Why it matters
//! Text copied out of a PDF can be out of order or carry page furniture. Nothing that was in the
//! letter may be silently dropped: what the importer could not place is shown, so that a
//! person can put it where it belongs.
//!
//! ## Example
//! A stray page number between two findings gives `import-unplaced-text`: "Line 57 could not
//! be placed in the letter: “Page 2 of 3”. Add it to the right field by hand".

// The check itself is part of the importer, in `src/import.rs`.
