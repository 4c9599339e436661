//! # The options name a rule that does not exist
//!
//! ## What it checks
//! Every code under `options.rules` is the code of a rule in the catalogue.
//!
//! ## Why it matters
//! `{ "rules": { "sentence-to-long": "off" } }` would otherwise be ignored without a word, and
//! the rule the council meant to turn off would go on firing.
//!
//! ## Example
//! Options `{ "rules": { "postcode-fromat": "off" } }` give `unknown-option` at `""`: "The
//! options name a rule “postcode-fromat” that does not exist. Did you mean “postcode-format”?"

use super::{is_rule, text, Code, RULES};
use crate::diagnostic::{FieldPath, Sink};
use crate::options::Options;

pub(crate) fn unknown_option(options: &Options, sink: &mut Sink) {
    for (code, _) in options.rules.iter().filter(|(code, _)| !is_rule(code)) {
        let shown = text::truncate_chars(code, 60);
        let near = text::closest(code, &mut RULES.iter().map(|(c, ..)| c.as_str()));
        let message = match near {
            Some(near) => cat!(
                "The options name a rule “",
                shown,
                "” that does not exist. Did you mean “",
                near,
                "”?"
            ),
            None => cat!(
                "The options name a rule “",
                shown,
                "” that does not exist; the rules are listed by rules()"
            ),
        };
        let rule = Code::UnknownOption;
        sink.push(rule.as_str(), rule.severity(), FieldPath::root(), message);
    }
}
