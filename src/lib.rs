#![doc = include_str!("../README.md")]
//!
//! The crate is a pure core: the letter model ([`letter`]), its kinds as data ([`mod@kinds`]), the
//! rules ([`mod@rules`]), the renderers ([`render`]) and the JSON Schema ([`schema()`]). The browser
//! shell (`wasm`) and the command line (`src/main.rs`) only convert arguments and call these
//! functions, so every answer is the same natively and in the browser.

#[macro_use]
mod cat;
pub mod dates;
pub mod diagnostic;
mod find;
pub mod import;
#[doc(hidden)]
pub mod json;
pub mod kinds;
pub mod letter;
pub mod list;
mod number;
pub mod options;
pub mod render;
pub mod rules;
pub mod sample;
pub mod schema;
pub mod value;

/// The browser shell: the JavaScript exports (public so that the browser tests can call them).
#[cfg(target_family = "wasm")]
pub mod wasm;

pub use diagnostic::{Diagnostic, Fix, Pointer, Reported, Severity, Span};
pub use import::{import_text, Imported};
pub use kinds::{kind, kind_infos as kinds, Kind, KindInfo};
pub use letter::Letter;
pub use options::{Options, Setting};
pub use rules::{rules, RuleInfo};
pub use schema::schema;
pub use value::Value;

/// Checks a letter, given as any JSON value, against every rule.
#[must_use]
pub fn validate(letter: &Value, options: &Options) -> Vec<Diagnostic> {
    rules::validate(letter, options)
}

/// The letter as plain text in the published order, with `[Label]` for each missing part.
#[must_use]
pub fn render_text(letter: &Value) -> String {
    render::text::render_text(&Letter::from_value(letter))
}

/// The preview as an HTML fragment. With `options.highlight`, every part that has a diagnostic
/// is marked with a class and its `data-path`.
#[must_use]
pub fn render_html(letter: &Value, options: &Options) -> String {
    let diagnostics = if options.highlight {
        validate(letter, options)
    } else {
        Vec::new()
    };
    let marks = render::html::Marks {
        diagnostics: &diagnostics,
    };
    render::html::render_html(&Letter::from_value(letter), marks)
}

/// The crate's version.
#[must_use]
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Sorts `v` in place so that no element is `after` the one that follows it: a heap sort,
/// a fraction of the slice's quicksort in the browser build, where each type sorted would get
/// its own copy of that (1.2 KB for the words of a finding), and of `BinaryHeap`'s, which
/// collects into and out of a heap (0.2 KB for the diagnostics).
pub(crate) fn heap_sort<T>(v: &mut [T], after: impl Fn(&T, &T) -> bool) {
    // A max-heap (no node after its parent), then the last of all swapped to the end, again.
    let sift_down = |v: &mut [T], mut node: usize| loop {
        let mut child = 2 * node + 1;
        if child >= v.len() {
            break;
        }
        if child + 1 < v.len() && after(&v[child + 1], &v[child]) {
            child += 1;
        }
        if !after(&v[child], &v[node]) {
            break;
        }
        v.swap(node, child);
        node = child;
    };
    for node in (0..v.len() / 2).rev() {
        sift_down(v, node);
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift_down(&mut v[..end], 0);
    }
}

#[cfg(test)]
mod sort_tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's sort, repeats and all.
        #[test]
        fn heap_sort_sorts_as_sort_does(mut v in proptest::collection::vec(0u8..20, 0..200)) {
            let mut expected = v.clone();
            expected.sort_unstable();
            super::heap_sort(&mut v, |a, b| a > b);
            prop_assert_eq!(v, expected);
        }
    }
}
