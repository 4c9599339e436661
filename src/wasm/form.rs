//! `attach(form, options)`: binds a council's existing form to the letter's rules and preview.
//!
//! The binding reads the form's controls into a letter, never writes a value unless the person
//! clicks a fix, and never sends anything anywhere. On submit it validates and, when there are
//! errors, stops the submission and shows GOV.UK error messages: the summary, an inline message
//! by each field, "Error: " before the page title. Everything it adds it removes again, and
//! `detach()` restores the form exactly as it was.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Document, Element, Event, HtmlElement, HtmlFormElement,
    HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};

use super::{letter_from_js, options_from_js, to_js};
use crate::{Diagnostic, Options, Severity};

/// A control of the form and the part of the letter it holds.
struct Control {
    element: Element,
    path: String,
    how: Reading,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// The control's value is the field's value.
    Value,
    /// A textarea whose lines are a list (address lines, evidence).
    Lines,
    /// A checkbox: true or false.
    Checkbox,
    /// One of the GOV.UK date input's day, month and year fields.
    Part(DatePart),
    /// One of several controls whose values make a list (a path ending in `/`).
    Append,
    /// A textarea holding one finding per paragraph.
    Paragraphs,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DatePart {
    Day,
    Month,
    Year,
}

/// An event listener the binding added: where, which event, and the closure to remove.
type Listener = (Element, &'static str, Closure<dyn FnMut(Event)>);

/// Something the binding changed, to be undone.
enum Change {
    Inserted(Element),
    Class(Element, &'static str),
    Attribute(Element, &'static str, Option<String>),
}

struct Inner {
    form: HtmlFormElement,
    document: Document,
    options: Options,
    /// The letter the form's values are laid over (the letterhead, the kind…).
    base: Value,
    fields: Option<Object>,
    preview: Option<Element>,
    summary: Option<Element>,
    warnings: Option<Element>,
    changes: RefCell<Vec<Change>>,
    title: RefCell<Option<String>>,
    /// The diagnostics shown, for the fix buttons.
    shown: RefCell<Vec<Diagnostic>>,
    frame_pending: Cell<bool>,
    no_validate: bool,
    generated_ids: RefCell<Vec<Element>>,
    listeners: RefCell<Vec<Listener>>,
    frame: RefCell<Option<Closure<dyn FnMut()>>>,
}

/// The binding `attach` returns.
#[wasm_bindgen]
pub struct FormBinding {
    inner: Rc<Inner>,
}

fn element_option(
    document: &Document,
    options: &JsValue,
    key: &str,
) -> Result<Option<Element>, JsError> {
    let value = Reflect::get(options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(selector) = value.as_string() {
        return document
            .query_selector(&selector)
            .map_err(|_| {
                JsError::new(&format!(
                    "options.{key}: “{selector}” is not a CSS selector"
                ))
            })?
            .map(Some)
            .ok_or_else(|| {
                JsError::new(&format!(
                    "options.{key}: nothing on the page matches “{selector}”"
                ))
            });
    }
    value.dyn_into::<Element>().map(Some).map_err(|_| {
        JsError::new(&format!(
            "options.{key} must be an element or a CSS selector"
        ))
    })
}

/// Binds an existing form. `options`: `{ fields?, preview?, summary?, warnings?, base?, rules?, today? }`.
#[wasm_bindgen(js_name = attach)]
pub fn attach(
    #[wasm_bindgen(unchecked_param_type = "HTMLFormElement")] form: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AttachOptions")] options: JsValue,
) -> Result<FormBinding, JsError> {
    let form: HtmlFormElement = form
        .dyn_into()
        .map_err(|_| JsError::new("attach takes a <form> element"))?;
    let document = form
        .owner_document()
        .ok_or_else(|| JsError::new("the form is not in a document"))?;
    let get = |key: &str| Reflect::get(&options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let validation = Object::new();
    for key in ["rules", "today"] {
        let value = get(key);
        if !value.is_undefined() {
            let _ = Reflect::set(&validation, &key.into(), &value);
        }
    }
    let base = get("base");
    let base = if base.is_undefined() || base.is_null() {
        Value::Object(Map::new())
    } else {
        letter_from_js(&base).map_err(|d| JsError::new(&format!("options.base: {}", d.message)))?
    };
    let fields = get("fields");
    let fields =
        if fields.is_undefined() {
            None
        } else {
            Some(fields.dyn_into::<Object>().map_err(|_| {
                JsError::new("options.fields must be an object of paths and selectors")
            })?)
        };
    let inner = Rc::new(Inner {
        options: options_from_js(&validation.into())?,
        base,
        fields,
        preview: element_option(&document, &options, "preview")?,
        summary: element_option(&document, &options, "summary")?,
        warnings: element_option(&document, &options, "warnings")?,
        no_validate: form.no_validate(),
        form,
        document,
        changes: RefCell::new(Vec::new()),
        title: RefCell::new(None),
        shown: RefCell::new(Vec::new()),
        frame_pending: Cell::new(false),
        generated_ids: RefCell::new(Vec::new()),
        listeners: RefCell::new(Vec::new()),
        frame: RefCell::new(None),
    });
    inner.form.set_no_validate(true);
    listen(
        &inner,
        inner.form.clone().into(),
        "submit",
        |inner, event| inner.on_submit(&event),
    );
    listen(&inner, inner.form.clone().into(), "input", |inner, _| {
        inner.schedule_preview()
    });
    listen(&inner, inner.form.clone().into(), "change", |inner, _| {
        inner.schedule_preview()
    });
    listen(
        &inner,
        inner.form.clone().into(),
        "inspection-letter:frame",
        |inner, _| inner.render_preview(),
    );
    // Fix buttons and marked parts of the preview are clicked wherever they are.
    listen(
        &inner,
        inner.form.clone().into(),
        "click",
        |inner, event| inner.on_click(&event),
    );
    for outside in [inner.preview.clone(), inner.warnings.clone()]
        .into_iter()
        .flatten()
    {
        if !inner.form.contains(Some(&outside)) {
            listen(&inner, outside, "click", |inner, event| {
                inner.on_click(&event)
            });
        }
    }
    inner.render_preview();
    Ok(FormBinding { inner })
}

fn listen(inner: &Rc<Inner>, target: Element, name: &'static str, handler: fn(&Inner, Event)) {
    let weak: Weak<Inner> = Rc::downgrade(inner);
    let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        if let Some(inner) = weak.upgrade() {
            handler(&inner, event);
        }
    });
    let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    inner.listeners.borrow_mut().push((target, name, closure));
}

#[wasm_bindgen]
impl FormBinding {
    /// Validates the form now and shows the messages, as a submit would; returns the diagnostics.
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn validate(&self) -> Result<JsValue, JsError> {
        let (_, diagnostics) = self.inner.check();
        to_js(&diagnostics)
    }

    /// The letter as the form holds it now.
    #[wasm_bindgen(unchecked_return_type = "Letter")]
    pub fn letter(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.read().0)
    }

    /// Removes every listener and every trace, and restores the form as it was.
    pub fn detach(&self) {
        let inner = &self.inner;
        inner.clear();
        for (target, name, closure) in inner.listeners.borrow_mut().drain(..) {
            let _ =
                target.remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
        for element in inner.generated_ids.borrow_mut().drain(..) {
            element.remove_attribute("id").ok();
        }
        inner.form.set_no_validate(inner.no_validate);
        if let Some(preview) = &inner.preview {
            preview.set_inner_html("");
        }
    }
}

impl Inner {
    /// The form's controls, in document order.
    fn controls(&self) -> Vec<Control> {
        let mut controls = Vec::new();
        let mut push = |element: Element, path: String| {
            let how = reading(&element, &path);
            controls.push(Control { element, path, how });
        };
        if let Some(fields) = &self.fields {
            for entry in Object::entries(fields).iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                let (Some(path), Some(selector)) =
                    (pair.get(0).as_string(), pair.get(1).as_string())
                else {
                    continue;
                };
                if let Ok(list) = self.form.query_selector_all(&selector) {
                    for i in 0..list.length() {
                        if let Some(element) =
                            list.item(i).and_then(|n| n.dyn_into::<Element>().ok())
                        {
                            push(element, path.clone());
                        }
                    }
                }
            }
        } else if let Ok(list) = self.form.query_selector_all("[data-letter-path]") {
            for i in 0..list.length() {
                if let Some(element) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let path = element
                        .get_attribute("data-letter-path")
                        .unwrap_or_default();
                    push(element, path);
                }
            }
        }
        controls
    }

    /// The letter the form holds, and which control holds each path.
    fn read(&self) -> (Value, Vec<(String, Element)>) {
        let mut letter = self.base.clone();
        let mut places: Vec<(String, Element)> = Vec::new();
        let mut dates: Vec<(String, [String; 3], Element)> = Vec::new();
        for control in self.controls() {
            let value = control_value(&control.element);
            let path = control.path.clone();
            match control.how {
                Reading::Checkbox => {
                    let checked = control
                        .element
                        .dyn_ref::<HtmlInputElement>()
                        .is_some_and(HtmlInputElement::checked);
                    if checked {
                        set_pointer(&mut letter, &path, Value::Bool(true));
                    }
                    places.push((path, control.element));
                }
                Reading::Part(part) => {
                    let index = match part {
                        DatePart::Day => 0,
                        DatePart::Month => 1,
                        DatePart::Year => 2,
                    };
                    match dates.iter_mut().find(|(p, ..)| *p == path) {
                        Some((_, parts, _)) => parts[index] = value.trim().to_owned(),
                        None => {
                            let mut parts = [String::new(), String::new(), String::new()];
                            parts[index] = value.trim().to_owned();
                            dates.push((path, parts, control.element));
                        }
                    }
                }
                Reading::Append | Reading::Paragraphs => {
                    let list_path = path.trim_end_matches('/').to_owned();
                    let items: Vec<String> = if control.how == Reading::Paragraphs {
                        paragraphs(&value)
                    } else {
                        vec![value.trim().to_owned()]
                            .into_iter()
                            .filter(|v| !v.is_empty())
                            .collect()
                    };
                    let kind =
                        crate::kinds::kind_or_default(letter.get("kind").and_then(Value::as_str));
                    for item in items {
                        let index = list_len(&letter, &list_path);
                        let in_findings = list_path.starts_with("/findings/");
                        let entry = if in_findings {
                            finding(kind, item)
                        } else {
                            Value::String(item)
                        };
                        set_pointer(&mut letter, &format!("{list_path}/-"), entry);
                        let item_path = if in_findings {
                            format!("{list_path}/{index}/text")
                        } else {
                            format!("{list_path}/{index}")
                        };
                        places.push((item_path, control.element.clone()));
                    }
                    places.push((list_path, control.element));
                }
                Reading::Lines => {
                    let lines: Vec<Value> = value
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(|l| Value::String(l.to_owned()))
                        .collect();
                    if !lines.is_empty() {
                        set_pointer(&mut letter, &path, Value::Array(lines));
                    }
                    places.push((path, control.element));
                }
                Reading::Value => {
                    if !value.trim().is_empty() {
                        set_pointer(&mut letter, &path, Value::String(value));
                    }
                    places.push((path, control.element));
                }
            }
        }
        for (path, [day, month, year], element) in dates {
            let text = match (day.is_empty(), month.is_empty(), year.is_empty()) {
                (true, true, true) => None,
                // A month without a day: `YYYY-MM`.
                (true, _, _) if path.ends_with("/month") => Some(format!("{year:0>4}-{month:0>2}")),
                _ => Some(format!("{year:0>4}-{month:0>2}-{day:0>2}")),
            };
            if let Some(text) = text {
                set_pointer(&mut letter, &path, Value::String(text));
            }
            places.push((path, element));
        }
        (letter, places)
    }

    /// Validates the form, tells the page, and shows the messages unless the page took over.
    fn check(&self) -> (bool, Vec<Diagnostic>) {
        let (letter, places) = self.read();
        let diagnostics = crate::validate(&letter, &self.options);
        let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
        self.clear();
        let detail = Object::new();
        let _ = Reflect::set(
            &detail,
            &"letter".into(),
            &to_js(&letter).unwrap_or(JsValue::NULL),
        );
        let _ = Reflect::set(
            &detail,
            &"diagnostics".into(),
            &to_js(&diagnostics).unwrap_or(JsValue::NULL),
        );
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_detail(&detail);
        let shown = match CustomEvent::new_with_event_init_dict("inspection-letter:validate", &init)
        {
            Ok(event) => self.form.dispatch_event(&event).unwrap_or(true),
            Err(_) => true,
        };
        if shown {
            self.show(&diagnostics, &places);
        }
        *self.shown.borrow_mut() = diagnostics.clone();
        (has_errors, diagnostics)
    }

    fn on_submit(&self, event: &Event) {
        let (has_errors, _) = self.check();
        if has_errors {
            event.prevent_default();
        }
    }

    fn change(&self, change: Change) {
        self.changes.borrow_mut().push(change);
    }

    fn add_class(&self, element: &Element, class: &'static str) {
        if !element.class_list().contains(class) {
            let _ = element.class_list().add_1(class);
            self.change(Change::Class(element.clone(), class));
        }
    }

    fn set_attribute(&self, element: &Element, name: &'static str, value: &str) {
        self.change(Change::Attribute(
            element.clone(),
            name,
            element.get_attribute(name),
        ));
        let _ = element.set_attribute(name, value);
    }

    /// Removes every message, class and attribute the binding added; restores the title.
    fn clear(&self) {
        for change in self.changes.borrow_mut().drain(..).rev() {
            match change {
                Change::Inserted(element) => element.remove(),
                Change::Class(element, class) => {
                    let _ = element.class_list().remove_1(class);
                }
                Change::Attribute(element, name, None) => {
                    let _ = element.remove_attribute(name);
                }
                Change::Attribute(element, name, Some(value)) => {
                    let _ = element.set_attribute(name, &value);
                }
            }
        }
        if let Some(title) = self.title.borrow_mut().take() {
            self.document.set_title(&title);
        }
    }

    fn create(&self, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
        let element = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if let Some(text) = text {
            element.set_text_content(Some(text));
        }
        Some(element)
    }

    /// The control's id, giving it one (removed on detach) when it has none.
    fn id_of(&self, element: &Element) -> String {
        let id = element.id();
        if !id.is_empty() {
            return id;
        }
        let id = format!("il-field-{}", self.generated_ids.borrow().len() + 1);
        element.set_id(&id);
        self.generated_ids.borrow_mut().push(element.clone());
        id
    }

    fn show(&self, diagnostics: &[Diagnostic], places: &[(String, Element)]) {
        // One message per control: its first error, in the contract's order.
        let place = |path: &str| place(places, path);
        let mut errors: Vec<(Element, &Diagnostic)> = Vec::new();
        let mut unplaced: Vec<&Diagnostic> = Vec::new();
        for d in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            match place(&d.path) {
                Some(element) if !errors.iter().any(|(e, _)| e == element) => {
                    errors.push((element.clone(), d))
                }
                Some(_) => {}
                None => unplaced.push(d),
            }
        }
        // The summary lists the fields in the order of the page.
        let order: Vec<Element> = self.controls().into_iter().map(|c| c.element).collect();
        let rank = |e: &Element| order.iter().position(|o| o == e).unwrap_or(usize::MAX);
        // An insertion sort, stable: a form's errors are few, and the browser build is
        // smaller without another instance of the library's sort.
        for i in 1..errors.len() {
            let mut j = i;
            while j > 0 && rank(&errors[j - 1].0) > rank(&errors[j].0) {
                errors.swap(j - 1, j);
                j -= 1;
            }
        }
        if !errors.is_empty() || !unplaced.is_empty() {
            self.show_summary(&errors, &unplaced);
            for (element, d) in &errors {
                self.show_inline(element, &d.message);
            }
            let title = self.document.title();
            *self.title.borrow_mut() = Some(title.clone());
            self.document.set_title(&format!("Error: {title}"));
        }
        let warnings: Vec<(usize, &Diagnostic)> = diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| d.severity == Severity::Warning)
            .collect();
        if !warnings.is_empty() {
            self.show_warnings(&warnings, places);
        }
    }

    fn show_summary(&self, errors: &[(Element, &Diagnostic)], unplaced: &[&Diagnostic]) {
        let Some(summary) = self.create("div", "govuk-error-summary", None) else {
            return;
        };
        let _ = summary.set_attribute("data-module", "govuk-error-summary");
        let _ = summary.set_attribute("tabindex", "-1");
        let Some(alert) = self.create("div", "", None) else {
            return;
        };
        let _ = alert.set_attribute("role", "alert");
        let title = self.create(
            "h2",
            "govuk-error-summary__title",
            Some("There is a problem"),
        );
        let body = self.create("div", "govuk-error-summary__body", None);
        let list = self.create("ul", "govuk-list govuk-error-summary__list", None);
        let (Some(title), Some(body), Some(list)) = (title, body, list) else {
            return;
        };
        for (element, d) in errors {
            let id = self.id_of(element);
            if let (Some(item), Some(link)) = (
                self.create("li", "", None),
                self.create("a", "", Some(&d.message)),
            ) {
                let _ = link.set_attribute("href", &format!("#{id}"));
                let _ = item.append_child(&link);
                let _ = list.append_child(&item);
            }
        }
        for d in unplaced {
            if let Some(item) = self.create("li", "", Some(&d.message)) {
                let _ = list.append_child(&item);
            }
        }
        let _ = body.append_child(&list);
        let _ = alert.append_child(&title);
        let _ = alert.append_child(&body);
        let _ = summary.append_child(&alert);
        let place = self
            .summary
            .clone()
            .or_else(|| self.document.query_selector("main").ok().flatten());
        let placed = match place {
            Some(container) => container
                .insert_before(&summary, container.first_child().as_ref())
                .is_ok(),
            None => self
                .form
                .parent_node()
                .is_some_and(|p| p.insert_before(&summary, Some(&self.form)).is_ok()),
        };
        if placed {
            self.change(Change::Inserted(summary.clone()));
            if let Some(summary) = summary.dyn_ref::<HtmlElement>() {
                let _ = summary.focus();
            }
        }
    }

    fn show_inline(&self, element: &Element, message: &str) {
        let id = self.id_of(element);
        let error_id = format!("{id}-error");
        let group = element
            .closest(".govuk-form-group")
            .ok()
            .flatten()
            .or_else(|| element.parent_element());
        if let Some(group) = &group {
            self.add_class(group, "govuk-form-group--error");
        }
        let Some(note) = self.create("p", "govuk-error-message", None) else {
            return;
        };
        note.set_id(&error_id);
        if let Some(hidden) = self.create("span", "govuk-visually-hidden", Some("Error:")) {
            let _ = note.append_child(&hidden);
        }
        let _ = note.append_with_str_1(&format!(" {message}"));
        // Before the control, or before the whole GOV.UK date input.
        let anchor = element
            .closest(".govuk-date-input")
            .ok()
            .flatten()
            .unwrap_or_else(|| element.clone());
        if let Some(parent) = anchor.parent_node() {
            if parent.insert_before(&note, Some(&anchor)).is_ok() {
                self.change(Change::Inserted(note));
            }
        }
        let described = element
            .get_attribute("aria-describedby")
            .map_or(error_id.clone(), |d| format!("{d} {error_id}"));
        self.set_attribute(element, "aria-describedby", &described);
        self.set_attribute(element, "aria-invalid", "true");
        let class = match element.tag_name().as_str() {
            "TEXTAREA" => "govuk-textarea--error",
            "SELECT" => "govuk-select--error",
            _ => "govuk-input--error",
        };
        self.add_class(element, class);
    }

    fn show_warnings(&self, warnings: &[(usize, &Diagnostic)], places: &[(String, Element)]) {
        let Some(panel) = self.create("div", "il-warnings", None) else {
            return;
        };
        let _ = panel.set_attribute("role", "status");
        if let Some(title) =
            self.create("h2", "il-warnings__title", Some("Check before you submit"))
        {
            let _ = panel.append_child(&title);
        }
        let Some(list) = self.create("ul", "il-warnings__list", None) else {
            return;
        };
        for (index, d) in warnings {
            let Some(item) = self.create("li", "il-warnings__item", None) else {
                continue;
            };
            match place(places, &d.path) {
                Some(element) => {
                    if let Some(link) = self.create("a", "", Some(&d.message)) {
                        let _ = link.set_attribute("href", &format!("#{}", self.id_of(element)));
                        let _ = item.append_child(&link);
                    }
                }
                None => item.set_text_content(Some(&d.message)),
            }
            if let Some(fix) = &d.fix {
                let label = if fix.replacement.is_empty() {
                    "Remove it".to_owned()
                } else {
                    format!("Change to “{}”", fix.replacement)
                };
                if let Some(button) = self.create(
                    "button",
                    "il-fix govuk-button govuk-button--secondary",
                    Some(&label),
                ) {
                    let _ = button.set_attribute("type", "button");
                    let _ = button.set_attribute("data-il-fix", &index.to_string());
                    let _ = item.append_child(&button);
                }
            }
            let _ = list.append_child(&item);
        }
        let _ = panel.append_child(&list);
        let placed = match &self.warnings {
            Some(container) => container.append_child(&panel).is_ok(),
            None => self
                .form
                .insert_before(&panel, self.form.first_child().as_ref())
                .is_ok(),
        };
        if placed {
            self.change(Change::Inserted(panel));
        }
    }

    /// Applies the fix of the diagnostic shown at `index`: the one place the binding writes a value.
    fn apply_fix(&self, index: usize) {
        let Some(d) = self.shown.borrow().get(index).cloned() else {
            return;
        };
        let Some(fix) = d.fix else { return };
        let (_, places) = self.read();
        let Some((_, element)) = places.iter().find(|(p, _)| *p == d.path) else {
            return;
        };
        let current = control_value(element);
        let units: Vec<u16> = current.encode_utf16().collect();
        let mended = match d.span {
            Some(span) if span.end <= units.len() && span.start <= span.end => {
                let before = String::from_utf16_lossy(&units[..span.start]);
                let after = String::from_utf16_lossy(&units[span.end..]);
                format!("{before}{}{after}", fix.replacement)
            }
            _ => fix.replacement,
        };
        set_control_value(element, &mended);
        self.check();
        self.render_preview();
    }

    fn on_click(&self, event: &Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(button) = target.closest("[data-il-fix]").ok().flatten() {
            if let Some(index) = button
                .get_attribute("data-il-fix")
                .and_then(|i| i.parse().ok())
            {
                self.apply_fix(index);
            }
            return;
        }
        let Some(marked) = target.closest("[data-path]").ok().flatten() else {
            return;
        };
        let path = marked.get_attribute("data-path").unwrap_or_default();
        let (_, places) = self.read();
        if let Some(element) = place(&places, &path).and_then(|e| e.dyn_ref::<HtmlElement>()) {
            let _ = element.focus();
        }
    }

    fn schedule_preview(&self) {
        if self.preview.is_none() || self.frame_pending.get() {
            return;
        }
        let Some(window) = self.document.default_view() else {
            return;
        };
        self.frame_pending.set(true);
        let mut frame = self.frame.borrow_mut();
        if frame.is_none() {
            let form = self.form.clone();
            *frame = Some(Closure::<dyn FnMut()>::new(move || {
                // The frame callback asks the form to render through a private event, so that it
                // needs no reference to the binding.
                if let Ok(event) = Event::new("inspection-letter:frame") {
                    let _ = form.dispatch_event(&event);
                }
            }));
        }
        if let Some(callback) = frame.as_ref() {
            let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
        }
    }

    fn render_preview(&self) {
        self.frame_pending.set(false);
        let Some(preview) = &self.preview else { return };
        let (letter, _) = self.read();
        let options = Options {
            highlight: true,
            ..self.options.clone()
        };
        preview.set_inner_html(&crate::render_html(&letter, &options));
    }
}

/// The control that holds `path`; else the nearest part of the letter above it; else the first
/// control inside it (a missing list goes to the control of its first entry).
fn place<'p>(places: &'p [(String, Element)], path: &str) -> Option<&'p Element> {
    let inside =
        |p: &str| p.len() > path.len() && p.starts_with(path) && p.as_bytes()[path.len()] == b'/';
    let mut at = path;
    loop {
        if let Some((_, element)) = places.iter().find(|(p, _)| p == at) {
            return Some(element);
        }
        match at.rfind('/') {
            Some(cut) if cut > 0 => at = &at[..cut],
            _ => {
                return places
                    .iter()
                    .find(|(p, _)| inside(p))
                    .map(|(_, element)| element)
            }
        }
    }
}

/// How a control is read, from its element and its path.
fn reading(element: &Element, path: &str) -> Reading {
    let input_type = element
        .dyn_ref::<HtmlInputElement>()
        .map(HtmlInputElement::type_);
    match element.get_attribute("data-letter-part").as_deref() {
        Some("day") => return Reading::Part(DatePart::Day),
        Some("month") => return Reading::Part(DatePart::Month),
        Some("year") => return Reading::Part(DatePart::Year),
        _ => {}
    }
    if input_type.as_deref() == Some("checkbox") {
        Reading::Checkbox
    } else if element.get_attribute("data-letter-split").as_deref() == Some("paragraphs") {
        Reading::Paragraphs
    } else if path.ends_with('/') {
        Reading::Append
    } else if element.tag_name() == "TEXTAREA" && crate::schema::type_at(path) == Some("array") {
        Reading::Lines
    } else {
        Reading::Value
    }
}

fn control_value(element: &Element) -> String {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

fn set_control_value(element: &Element, value: &str) {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.set_value(value);
    }
    // Pages listening for input (the preview, autosave) hear about the change.
    if let Ok(event) = Event::new("input") {
        let _ = element.dispatch_event(&event);
    }
}

/// A finding typed in a form: a text ending with the kind's "This was an area for development
/// at the previous inspection." is marked `previously_identified`, as the letter prints it.
fn finding(kind: &crate::Kind, text: String) -> Value {
    let marker = kind
        .sections
        .first()
        .map_or("", |s| s.previously_identified);
    // Built field by field: `json!` with a value in it unwraps a conversion that cannot fail
    // here, and its panic message would bring Rust's debug formatting into the package.
    let mut finding = Map::new();
    match text.strip_suffix(marker).filter(|_| !marker.is_empty()) {
        Some(rest) if !rest.trim().is_empty() => {
            finding.insert("text".into(), Value::String(rest.trim_end().to_owned()));
            finding.insert("previously_identified".into(), Value::Bool(true));
        }
        _ => {
            finding.insert("text".into(), Value::String(text));
        }
    }
    Value::Object(finding)
}

/// Findings from one text: one per paragraph (blank lines between).
fn paragraphs(text: &str) -> Vec<String> {
    crate::find::split(text, "\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn list_len(letter: &Value, path: &str) -> usize {
    crate::Pointer::value_at(letter, path)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// Sets `value` at a JSON Pointer, creating objects and lists on the way; `-` appends.
fn set_pointer(root: &mut Value, path: &str, value: Value) {
    let segments: Vec<String> = crate::Pointer::segments(path).collect();
    let mut node = root;
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        let next_is_index = segments
            .get(i + 1)
            .is_some_and(|s| s == "-" || s.parse::<usize>().is_ok());
        let empty = || {
            if next_is_index {
                Value::Array(Vec::new())
            } else {
                Value::Object(Map::new())
            }
        };
        node = match node {
            Value::Array(items) => {
                let index = if segment == "-" {
                    items.len()
                } else {
                    segment.parse().unwrap_or(items.len())
                };
                while items.len() <= index {
                    items.push(Value::Null);
                }
                if last {
                    items[index] = value;
                    return;
                }
                if !(items[index].is_object() || items[index].is_array()) {
                    items[index] = empty();
                }
                &mut items[index]
            }
            Value::Object(map) => {
                if last {
                    map.insert(segment.clone(), value);
                    return;
                }
                let entry = map.entry(segment.clone()).or_insert_with(empty);
                if !(entry.is_object() || entry.is_array()) {
                    *entry = empty();
                }
                entry
            }
            other => {
                *other = Value::Object(Map::new());
                return set_pointer(other, &format!("/{}", segments[i..].join("/")), value);
            }
        };
    }
}
