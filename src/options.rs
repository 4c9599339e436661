//! Options for `validate` and `render_html` (contract §3), read from JSON.

use crate::value::Value;

/// What to do with a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Off,
    Warning,
    Error,
}

impl Setting {
    /// `off`, `warning` or `error`, as options and the command line write them.
    #[must_use]
    pub fn from_word(word: &str) -> Option<Setting> {
        match word {
            "off" => Some(Setting::Off),
            "warning" => Some(Setting::Warning),
            "error" => Some(Setting::Error),
            _ => None,
        }
    }
}

/// `{ rules?: { "<code>": "off" | "warning" | "error" }, today?: "YYYY-MM-DD", highlight?: bool }`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Rule codes and what to do with them, in the order given; codes that name no rule are
    /// reported. (A list rather than a map: it is short, and the browser build stays smaller.)
    pub rules: Vec<(String, Setting)>,
    /// Today's date as `YYYY-MM-DD`, for the rule that warns of a letter dated in the future.
    pub today: Option<String>,
    /// `render_html` only: mark every part that has a diagnostic.
    pub highlight: bool,
}

impl Options {
    /// What the options say to do with the rule `code`; a later setting wins.
    #[must_use]
    pub fn setting(&self, code: &str) -> Option<Setting> {
        self.rules
            .iter()
            .rev()
            .find(|(c, _)| c == code)
            .map(|(_, s)| *s)
    }

    /// Sets what to do with the rule `code`.
    pub fn set(&mut self, code: &str, setting: Setting) {
        self.rules.retain(|(c, _)| c != code);
        self.rules.push((code.to_owned(), setting));
    }

    /// Reads options from JSON; `null` means the defaults, for the whole and for each setting. Options of the wrong shape are the
    /// caller's mistake, not the letter's, so they are an `Err` with a message saying what to change.
    ///
    /// ```
    /// use inspection_letter::Options;
    /// let read = |text| Options::from_value(&inspection_letter::json::parse(text).unwrap());
    /// let options = read(r#"{ "rules": { "sentence-too-long": "off" } }"#).unwrap();
    /// assert_eq!(options.rules.len(), 1);
    /// assert!(read(r#"{ "rules": { "x": "loud" } }"#).is_err());
    /// ```
    pub fn from_value(value: &Value) -> Result<Options, String> {
        let mut options = Options::default();
        let object = match value {
            Value::Null => return Ok(options),
            Value::Object(object) => object,
            _ => return Err("options must be an object like { rules: { \"code\": \"off\" }, today: \"2011-05-17\" }".into()),
        };
        for (key, value) in object {
            match (key.as_str(), value) {
                // A setting given as `null` is not given, as JavaScript pages often write it.
                ("rules" | "today" | "highlight", Value::Null) => {}
                ("rules", Value::Object(rules)) => {
                    for (code, setting) in rules {
                        let Some(setting) = setting.as_str().and_then(Setting::from_word) else {
                            return Err(cat!(
                                "options.rules[\"",
                                code.as_str(),
                                "\"] must be \"off\", \"warning\" or \"error\"",
                            ));
                        };
                        options.set(code, setting);
                    }
                }
                ("rules", _) => return Err("options.rules must be an object of rule codes".into()),
                ("today", Value::String(today)) => options.today = Some(today.clone()),
                ("today", _) => return Err("options.today must be a date as YYYY-MM-DD".into()),
                ("highlight", Value::Bool(b)) => options.highlight = *b,
                ("highlight", _) => return Err("options.highlight must be true or false".into()),
                (other, _) => {
                    return Err(cat!(
                        "options has no setting called \"",
                        other,
                        "\"; use rules, today or highlight",
                    ))
                }
            }
        }
        if let Some(today) = &options.today {
            if crate::dates::Date::parse_iso(today).is_none() {
                return Err(cat!(
                    "options.today must be a real date as YYYY-MM-DD, not \"",
                    today,
                    "\"",
                ));
            }
        }
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::{Options, Setting};

    fn read(text: &str) -> Result<Options, String> {
        Options::from_value(&crate::json::parse(text).unwrap())
    }

    #[test]
    fn null_is_the_default_for_the_whole_and_for_each_setting() {
        for text in [
            "null",
            "{}",
            r#"{ "rules": null, "today": null, "highlight": null }"#,
        ] {
            let options = read(text).unwrap();
            assert!(options.rules.is_empty() && options.today.is_none() && !options.highlight);
        }
    }

    #[test]
    fn settings_are_read() {
        let options = read(
            r#"{ "rules": { "a": "off", "b": "warning", "a": "error" }, "today": "2011-05-20", "highlight": true }"#,
        )
        .unwrap();
        assert_eq!(options.setting("a"), Some(Setting::Error));
        assert_eq!(options.setting("b"), Some(Setting::Warning));
        assert_eq!(options.today.as_deref(), Some("2011-05-20"));
        assert!(options.highlight);
    }

    #[test]
    fn each_mistake_has_its_own_message() {
        for (text, message) in [
            ("5", "options must be an object like"),
            ("[]", "options must be an object like"),
            (
                r#"{ "rule": {} }"#,
                r#"options has no setting called "rule"; use rules, today or highlight"#,
            ),
            (
                r#"{ "rules": [] }"#,
                "options.rules must be an object of rule codes",
            ),
            (
                r#"{ "rules": { "x": "loud" } }"#,
                r#"options.rules["x"] must be "off", "warning" or "error""#,
            ),
            (
                r#"{ "rules": { "x": null } }"#,
                r#"options.rules["x"] must be"#,
            ),
            (
                r#"{ "today": 20110520 }"#,
                "options.today must be a date as YYYY-MM-DD",
            ),
            (
                r#"{ "today": "2011-02-30" }"#,
                r#"options.today must be a real date as YYYY-MM-DD, not "2011-02-30""#,
            ),
            (
                r#"{ "highlight": "yes" }"#,
                "options.highlight must be true or false",
            ),
        ] {
            let error = read(text).expect_err(text);
            assert!(error.starts_with(message), "{text}: {error}");
        }
    }
}
