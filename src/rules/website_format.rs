//! # A website that is not a web address
//!
//! ## What it checks
//! The letterhead's website is a web address: a host name with a dot, like
//! `www.ofsted.gov.uk`, optionally with `https://` and a path.
//!
//! ## Why it matters
//! The preview links the website; only a real web address becomes a link, so that a value
//! like `javascript:…` can never be one.
//!
//! ## Example
//! `"website": "ofsted"` gives `website-format` at `/sender/website`: "Enter a web address,
//! like www.ofsted.gov.uk".

use super::formats::is_website;
use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn website_format(cx: &Context<'_>, sink: &mut Sink) {
    let Some(website) = filled(cx.letter.sender.website.as_ref()) else {
        return;
    };
    if !is_website(website.trim()) {
        let message = "Enter a web address, like www.ofsted.gov.uk".to_owned();
        cx.report(
            sink,
            Code::WebsiteFormat,
            FieldPath::root().key("sender").key("website"),
            message,
        );
    }
}
