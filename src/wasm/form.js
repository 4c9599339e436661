// `attach(form, options)`: binds a council's existing form to the letter's rules and preview.
//
// The binding reads the form's controls into a letter, never writes a value unless the person
// clicks a fix or the page calls `fill`, and never sends anything anywhere. On submit it validates and, when there are
// errors, stops the submission and shows GOV.UK error messages: the summary, an inline message
// by each field, "Error: " before the page title. Everything it adds it removes again, and
// `detach()` restores the form exactly as it was.
//
// It drives the DOM from JavaScript: written in Rust through web-sys it was 16.7 KB of the
// gzipped package (a WebAssembly import, a glue function and marshalling code for every DOM
// method it called, and its event closures). scripts/build-pkg.sh appends this file to
// wasm-bindgen's glue before minifying it, so the package stays one module with one `attach`
// export and the glue's `validate`, `renderHtml`, `schema` and `kinds` are in scope here. Its
// own top-level names start with `form` so that they cannot meet the glue's, and most of its
// members' names are shortened by the minifier (the list in scripts/build-pkg.sh): none of
// those names may be used for a property of the DOM, the options or the glue.

/** The binding `attach` returns. */
export class FormBinding {
  /** @param {FormState} state */
  constructor(state) {
    this.state = state;
  }

  /** Validates the form now and shows the messages, as a submit would; returns the diagnostics. */
  validate() {
    return this.state.check()[1];
  }

  /** The letter as the form holds it now. */
  letter() {
    return this.state.read()[0];
  }

  /**
   * Writes `letter` into the form's controls, the inverse of `letter()`, and lets the page hear
   * of it (an `input` event from each control it changed). Returns the JSON Pointers of the
   * letter's values the form did not take in (no control for them, or a value no option has),
   * so that nothing is lost unseen.
   */
  fill(letter) {
    return this.state.fill(formJsonCopy(letter, "fill: the letter"));
  }

  /** Removes every listener and every trace, and restores the form as it was. */
  detach() {
    const state = this.state;
    state.clear();
    for (const [target, name, handler] of state.listeners.splice(0)) {
      target.removeEventListener(name, handler);
    }
    for (const element of state.generatedIds.splice(0)) element.removeAttribute("id");
    state.detached = true;
    state.form.noValidate = state.noValidate;
    if (state.preview) state.preview.innerHTML = "";
  }

  /** Kept from the binding's first version, a Rust object: there is nothing to free. */
  free() {}
}
if (Symbol.dispose) FormBinding.prototype[Symbol.dispose] = FormBinding.prototype.free;

/** Binds an existing form. `options`: `{ fields?, preview?, summary?, warnings?, base?, rules?, today? }`. */
export function attach(form, options) {
  if (!(typeof HTMLFormElement !== "undefined" && form instanceof HTMLFormElement)) {
    throw new Error("attach takes a <form> element");
  }
  const document = form.ownerDocument;
  if (!document) throw new Error("the form is not in a document");
  const get = (key) => (options !== null && (typeof options === "object" || typeof options === "function") ? options[key] : undefined);
  const validation = {};
  for (const key of ["rules", "today"]) {
    if (get(key) !== undefined) validation[key] = get(key);
  }
  const base = get("base") == null ? {} : formJsonCopy(get("base"), "options.base");
  const fields = get("fields");
  if (fields !== undefined && (fields === null || (typeof fields !== "object" && typeof fields !== "function"))) {
    throw new Error("options.fields must be an object of paths and selectors");
  }
  // The options are checked as validate checks them, with its messages.
  validate(undefined, validation);
  const state = new FormState(form, document, validation, base, fields);
  state.preview = formElementOption(document, get("preview"), "preview");
  state.summary = formElementOption(document, get("summary"), "summary");
  state.warnings = formElementOption(document, get("warnings"), "warnings");
  form.noValidate = true;
  state.listen(form, "submit", (event) => state.onSubmit(event));
  state.listen(form, "input", () => state.schedulePreview());
  state.listen(form, "change", () => state.schedulePreview());
  // Fix buttons and marked parts of the preview are clicked wherever they are.
  state.listen(form, "click", (event) => state.onClick(event));
  for (const outside of [state.preview, state.warnings]) {
    if (outside && !form.contains(outside)) state.listen(outside, "click", (event) => state.onClick(event));
  }
  state.renderPreview();
  return new FormBinding(state);
}

function formElementOption(document, value, key) {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    let found;
    try {
      found = document.querySelector(value);
    } catch {
      throw new Error(`options.${key}: “${value}” is not a CSS selector`);
    }
    if (!found) throw new Error(`options.${key}: nothing on the page matches “${value}”`);
    return found;
  }
  if (typeof Element !== "undefined" && value instanceof Element) return value;
  throw new Error(`options.${key} must be an element or a CSS selector`);
}

class FormState {
  constructor(form, document, validation, base, fields) {
    this.form = form;
    this.document = document;
    this.validation = validation;
    /** The letter the form's values are laid over (the letterhead, the kind…). */
    this.base = base;
    this.fields = fields;
    this.preview = null;
    this.summary = null;
    this.warnings = null;
    /** What the binding changed, to be undone: [what, element, name, old value]. */
    this.changes = [];
    this.title = null;
    /** The diagnostics shown, for the fix buttons. */
    this.shown = [];
    this.framePending = false;
    this.detached = false;
    this.noValidate = form.noValidate;
    this.generatedIds = [];
    this.listeners = [];
    this.schema = null;
    this.kinds = null;
  }

  listen(target, name, handler) {
    target.addEventListener(name, handler);
    this.listeners.push([target, name, handler]);
  }

  /** The form's controls, in document order: [element, path, how it is read]. */
  controls() {
    const controls = [];
    const push = (element, path) => controls.push([element, path, this.reading(element, path)]);
    if (this.fields) {
      for (const [path, selector] of Object.entries(this.fields)) {
        if (typeof path !== "string" || typeof selector !== "string") continue;
        let list;
        try {
          list = this.form.querySelectorAll(selector);
        } catch {
          continue;
        }
        for (const element of list) push(element, path);
      }
    } else {
      for (const element of this.form.querySelectorAll("[data-letter-path]")) {
        push(element, element.getAttribute("data-letter-path") ?? "");
      }
    }
    return controls;
  }

  /** How a control is read, from its element and its path. */
  reading(element, path) {
    const part = element.getAttribute("data-letter-part");
    if (part === "day" || part === "month" || part === "year") return part;
    if (element instanceof HTMLInputElement && element.type === "radio") return "radio";
    // A checkbox holds `true`, or in a list (a path ending in `/`) its value when checked.
    if (element instanceof HTMLInputElement && element.type === "checkbox") return path.endsWith("/") ? "checkboxes" : "checkbox";
    if (element.getAttribute("data-letter-split") === "paragraphs") return "paragraphs";
    if (path.endsWith("/")) return "append";
    if (element.tagName === "TEXTAREA" && this.typeAt(path) === "array") return "lines";
    return "value";
  }

  /** The JSON type the letter's schema gives the value at `path`. */
  typeAt(path) {
    this.schema ??= schema();
    const resolve = (node) => {
      while (node && typeof node.$ref === "string" && node.$ref.startsWith("#/$defs/")) {
        node = this.schema.$defs?.[node.$ref.slice(8)];
      }
      return node;
    };
    let node = resolve(this.schema);
    for (const key of formSegments(path)) {
      if (!node) return undefined;
      if (node.properties && formHas(node.properties, key)) node = node.properties[key];
      else if (node.items && typeof node.items === "object") node = node.items;
      else if (node.additionalProperties && typeof node.additionalProperties === "object") node = node.additionalProperties;
      else return undefined;
      node = resolve(node);
    }
    return node?.type;
  }

  /** The letter the form holds, and which control holds each path: [letter, [path, element][]]. */
  read() {
    const root = { letter: formCopy(this.base) };
    const places = [];
    const dates = [];
    for (const [element, path, how] of this.controls()) {
      const value = formControlValue(element);
      if (how === "checkbox" || how === "radio") {
        if (element.checked) formSetPointer(root, path, how === "radio" ? value : true);
        places.push([path, element, how]);
      } else if (how === "day" || how === "month" || how === "year") {
        const index = ["day", "month", "year"].indexOf(how);
        let date = dates.find((d) => d[0] === path);
        if (!date) dates.push((date = [path, ["", "", ""], element]));
        date[1][index] = value.trim();
      } else if (how === "append" || how === "paragraphs" || how === "checkboxes") {
        const listPath = path.replace(/\/+$/, "");
        const items = how === "paragraphs" ? formTexts(value, how) : [value.trim()].filter((v) => v !== "" && (how !== "checkboxes" || element.checked));
        const kind = this.kindOf(root.letter);
        items.forEach((item, part) => {
          const list = formValueAt(root.letter, listPath);
          const index = Array.isArray(list) ? list.length : 0;
          const inFindings = listPath.startsWith("/findings/");
          formSetPointer(root, `${listPath}/-`, inFindings ? formFinding(kind, item) : item);
          // Which of the control's paragraphs holds the value, for a fix to write it back.
          places.push([inFindings ? `${listPath}/${index}/text` : `${listPath}/${index}`, element, how, part]);
        });
        places.push([listPath, element]);
      } else if (how === "lines") {
        const lines = formTexts(value, how);
        if (lines.length > 0) formSetPointer(root, path, lines);
        lines.forEach((_, part) => places.push([`${path}/${part}`, element, how, part]));
        places.push([path, element]);
      } else {
        if (value.trim() !== "") formSetPointer(root, path, value);
        places.push([path, element, how]);
      }
    }
    for (const [path, [day, month, year], element] of dates) {
      if (day !== "" || month !== "" || year !== "") {
        const yearMonth = `${year.padStart(4, "0")}-${month.padStart(2, "0")}`;
        // A month without a day: `YYYY-MM`.
        formSetPointer(root, path, day === "" && path.endsWith("/month") ? yearMonth : `${yearMonth}-${day.padStart(2, "0")}`);
      }
      places.push([path, element]);
    }
    return [root.letter, places];
  }

  /** The kind of `letter` (the first one when it names none the package knows). */
  kindOf(letter) {
    this.kinds ??= kinds();
    return this.kinds.find((k) => k.id === letter?.kind) ?? this.kinds.find((k) => k.id === "ucra-2011") ?? this.kinds[0];
  }

  /** Writes `letter` into the controls (see `FormBinding.fill`). */
  fill(letter) {
    const at = (path) => formValueAt(letter, path);
    const marker = this.kindOf({ ...this.base, ...letter }).sections[0]?.previously_identified ?? "";
    // A value as a control shows it: a finding as its text, with the marker when it repeats an
    // area for development.
    const entry = (item) =>
      item !== null && typeof item === "object"
        ? `${item.text ?? ""}${item.previously_identified === true && marker !== "" ? ` ${marker}` : ""}`
        : (item ?? "").toString();
    const next = new Map();
    for (const [element, path, how] of this.controls()) {
      const listPath = path.replace(/\/+$/, "");
      const list = [at(listPath)].flat().filter((v) => v != null).map(entry);
      const value = at(path);
      const index = next.get(listPath) ?? 0;
      if (how === "append") next.set(listPath, index + 1);
      // A date's parts as people type them, without leading zeros.
      const [, year, month, day] = (/^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(entry(value)) ?? []).map((part) => part?.replace(/^0/, ""));
      const [property, wanted] =
        how === "checkbox" || how === "radio" || how === "checkboxes"
          ? ["checked", how === "checkbox" ? value === true : how === "radio" ? entry(value) === element.value : list.includes(element.value.trim())]
          : ["value", { day, month, year, paragraphs: list.join("\n\n"), append: list[index], lines: list.join("\n"), value: typeof value === "object" ? "" : entry(value) }[how] ?? ""];
      if (formIsControl(element) && element[property] !== wanted) {
        element[property] = wanted;
        element.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
    // What the form now holds, against what it was given: the values it did not take in.
    const held = formLeaves(this.read()[0]);
    return [...formLeaves(letter)].filter(([path, value]) => held.get(path) !== value).map(([path]) => path);
  }

  /** Validates the form, tells the page, and shows the messages unless the page took over. */
  check() {
    const [letter, places] = this.read();
    const diagnostics = validate(letter, this.validation);
    const hasErrors = diagnostics.some((d) => d.severity === "error");
    this.clear();
    const event = new CustomEvent("inspection-letter:validate", {
      bubbles: true,
      cancelable: true,
      detail: { letter: formCopy(letter), diagnostics: formCopy(diagnostics) },
    });
    if (this.form.dispatchEvent(event)) this.show(diagnostics, places);
    this.shown = diagnostics;
    return [hasErrors, formCopy(diagnostics)];
  }

  onSubmit(event) {
    if (this.check()[0]) event.preventDefault();
  }

  addClass(element, name) {
    if (!element.classList.contains(name)) {
      element.classList.add(name);
      this.changes.push(["class", element, name]);
    }
  }

  setAttribute(element, name, value) {
    this.changes.push(["attribute", element, name, element.getAttribute(name)]);
    element.setAttribute(name, value);
  }

  /** Removes every message, class and attribute the binding added; restores the title. */
  clear() {
    for (const [what, element, name, old] of this.changes.splice(0).reverse()) {
      if (what === "inserted") element.remove();
      else if (what === "class") element.classList.remove(name);
      else if (old === null) element.removeAttribute(name);
      else element.setAttribute(name, old);
    }
    if (this.title !== null) {
      this.document.title = this.title;
      this.title = null;
    }
  }

  create(tag, className, text) {
    const element = this.document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** Makes `link` go to the words of message `d` rather than only to their control. */
  selecting(link, d) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      this.selectWords(d.path, d.message);
    });
  }

  /** The control's id, giving it one (removed on detach) when it has none. */
  idOf(element) {
    if (element.id) return element.id;
    const id = `il-field-${this.generatedIds.length + 1}`;
    element.id = id;
    this.generatedIds.push(element);
    return id;
  }

  show(diagnostics, places) {
    // One message per control: its first error, in the contract's order.
    const errors = [];
    const unplaced = [];
    for (const d of diagnostics.filter((d) => d.severity === "error")) {
      const element = formPlace(places, d.path);
      if (!element) unplaced.push(d);
      // A GOV.UK date input is typed as day, month and year, not in the JSON's YYYY-MM-DD.
      else if (!errors.some(([e]) => e === element))
        errors.push([element, element.hasAttribute("data-letter-part") ? { ...d, message: d.message.replace(/ as YYYY-\S+, like \S+$/, "") } : d]);
    }
    // The summary lists the fields in the order of the page (a stable sort); a message for no
    // field comes last.
    const order = this.controls().map(([element]) => element);
    const rank = (element) => {
      const i = order.indexOf(element);
      return i < 0 ? Infinity : i;
    };
    errors.sort((a, b) => rank(a[0]) - rank(b[0]));
    if (errors.length > 0 || unplaced.length > 0) {
      this.showSummary(errors, unplaced);
      for (const [element, d] of errors) this.showInline(element, d.message);
      this.title = this.document.title;
      this.document.title = `Error: ${this.title}`;
    }
    // Warnings too, in the order of the page (each keeps its index, which its fix button names).
    const warnings = [];
    diagnostics.forEach((d, index) => {
      if (d.severity === "warning") warnings.push([index, d]);
    });
    warnings.sort((a, b) => rank(formPlace(places, a[1].path)) - rank(formPlace(places, b[1].path)));
    if (warnings.length > 0) this.showWarnings(warnings, places);
  }

  showSummary(errors, unplaced) {
    const summary = this.create("div", "govuk-error-summary");
    summary.setAttribute("data-module", "govuk-error-summary");
    summary.setAttribute("tabindex", "-1");
    const alert = this.create("div", "");
    alert.setAttribute("role", "alert");
    const title = this.create("h2", "govuk-error-summary__title", "There is a problem");
    const body = this.create("div", "govuk-error-summary__body");
    const list = this.create("ul", "govuk-list govuk-error-summary__list");
    for (const [element, d] of errors) {
      const id = this.idOf(element);
      const item = this.create("li", "");
      const link = this.create("a", "", d.message);
      link.setAttribute("href", `#${id}`);
      this.selecting(link, d);
      item.append(link);
      list.append(item);
    }
    for (const d of unplaced) list.append(this.create("li", "", d.message));
    body.append(list);
    alert.append(title, body);
    summary.append(alert);
    const container = this.summary ?? this.document.querySelector("main");
    let placed = false;
    if (container) {
      container.insertBefore(summary, container.firstChild);
      placed = true;
    } else if (this.form.parentNode) {
      this.form.parentNode.insertBefore(summary, this.form);
      placed = true;
    }
    if (placed) {
      this.changes.push(["inserted", summary]);
      summary.focus();
    }
  }

  showInline(element, message) {
    const id = this.idOf(element);
    const errorId = `${id}-error`;
    const group = element.closest(".govuk-form-group") ?? element.parentElement;
    if (group) this.addClass(group, "govuk-form-group--error");
    const note = this.create("p", "govuk-error-message");
    note.id = errorId;
    note.append(this.create("span", "govuk-visually-hidden", "Error:"), ` ${message}`);
    // Before the control, or before the whole GOV.UK date input, radios or checkboxes.
    const anchor = element.closest(".govuk-date-input,.govuk-radios,.govuk-checkboxes") ?? element;
    if (anchor.parentNode) {
      anchor.parentNode.insertBefore(note, anchor);
      this.changes.push(["inserted", note]);
    }
    const described = element.getAttribute("aria-describedby");
    this.setAttribute(element, "aria-describedby", described === null ? errorId : `${described} ${errorId}`);
    this.setAttribute(element, "aria-invalid", "true");
    const tag = element.tagName;
    // GOV.UK marks radios and checkboxes by their group alone.
    if (!/^(radio|checkbox)$/.test(element.type)) {
      this.addClass(element, tag === "TEXTAREA" ? "govuk-textarea--error" : tag === "SELECT" ? "govuk-select--error" : "govuk-input--error");
    }
  }

  showWarnings(warnings, places) {
    const panel = this.create("div", "il-warnings");
    panel.setAttribute("role", "status");
    panel.append(this.create("h2", "il-warnings__title", "Check before you submit"));
    const list = this.create("ul", "il-warnings__list");
    for (const [index, d] of warnings) {
      const item = this.create("li", "il-warnings__item");
      const element = formPlace(places, d.path);
      if (element) {
        const link = this.create("a", "", d.message);
        link.setAttribute("href", `#${this.idOf(element)}`);
        this.selecting(link, d);
        item.append(link);
      } else {
        item.textContent = d.message;
      }
      if (d.fix) {
        const label = d.fix.replacement === "" ? "Remove it" : `Change to “${d.fix.replacement}”`;
        const button = this.create("button", "il-fix govuk-button govuk-button--secondary", label);
        button.setAttribute("type", "button");
        button.setAttribute("data-il-fix", String(index));
        item.append(button);
      }
      list.append(item);
    }
    panel.append(list);
    if (this.warnings) this.warnings.append(panel);
    else this.form.insertBefore(panel, this.form.firstChild);
    this.changes.push(["inserted", panel]);
  }

  /** Applies the fix of the diagnostic shown at `index`: the one place the binding writes a value.
   * A value that is one paragraph or one line of a control is mended there, the rest kept. */
  applyFix(index) {
    const d = this.shown[index];
    if (!d?.fix) return;
    const [letter, places] = this.read();
    // Typing since the check may have moved the words: a fix is applied only while the letter
    // as it is now still gives it; otherwise the messages are brought up to date instead.
    const same = (e) => e.path === d.path && e.code === d.code && e.fix?.replacement === d.fix.replacement && e.span?.start === d.span?.start && e.span?.end === d.span?.end;
    if (!validate(letter, this.validation).some(same)) {
      this.check();
      return;
    }
    const [, element, how, part] = places.find(([path]) => path === d.path) ?? [];
    if (!formIsControl(element)) return;
    // The text the span counts in: the value as the letter holds it.
    const found = formValueAt(letter, d.path);
    const held = typeof found === "string" ? found : "";
    const span = d.span;
    const mended =
      span && span.end <= held.length && span.start <= span.end
        ? held.slice(0, span.start) + d.fix.replacement + held.slice(span.end)
        : d.fix.replacement;
    let value;
    if (how === "paragraphs" || how === "lines") {
      const all = element.value;
      const piece = formPart(all, how, part);
      if (!piece) return;
      const [chunk, offset, text] = piece;
      // A finding's text stops before the marker of an area for development repeated.
      value = all.slice(0, offset) + mended + text.slice(held.length) + all.slice(offset + chunk.length);
    } else if (how === "value" || how === "append") {
      // A repeated control's finding, too, stops before the marker.
      value = how === "value" ? mended : mended + element.value.trim().slice(held.length);
    } else {
      // A date typed in parts, a radio or a checkbox: not written as text.
      return;
    }
    element.value = value;
    // Pages listening for input (the preview, autosave) hear about the change, on the control
    // or on the form around it, as they would hear typing.
    element.dispatchEvent(new Event("input", { bubbles: true }));
    this.check();
    this.renderPreview();
  }

  /** Focuses the control of `path` and selects the words of its message `message` (of its first
   * message when none is named) where they are now: typing since the check may have moved them,
   * or taken them out. The control shows them as typed (the letter single-spaces a paragraph,
   * and trims a line). */
  selectWords(path, message) {
    const [letter, places] = this.read();
    const d = validate(letter, this.validation).find((e) => e.path === path && (message === undefined || e.message === message)) ?? { path };
    const element = formPlace(places, path);
    if (!(element instanceof HTMLElement)) return;
    element.focus();
    const [, , how, part] = places.find(([p]) => p === path) ?? [];
    const value = formControlValue(element);
    let start = 0;
    if (how === "paragraphs" || how === "lines") {
      const [chunk, offset] = formPart(value, how, part) ?? ["", NaN];
      start = offset + chunk.search(/\S/);
    } else if (how === "append") {
      start = value.search(/\S/);
    } else if (how !== "value") {
      return;
    }
    // The offset in the control of the value's `n`th UTF-16 unit: in a paragraph, a run of
    // spaces and line breaks is one space of the value (one pass, for a box of any length).
    const at = (n) => {
      let i = start;
      for (let k = 0; k < n; k++, i++) {
        if (how === "paragraphs") while (/\s/.test(value[i]) && /\s/.test(value[i + 1] ?? "")) i++;
      }
      return i;
    };
    try {
      // An email, a date or a number input has no selection.
      if (d.span && start >= 0) element.setSelectionRange(at(d.span.start), at(d.span.end));
    } catch {}
  }

  onClick(event) {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest("[data-il-fix]");
    if (button) {
      const index = button.getAttribute("data-il-fix");
      if (/^\+?\d+$/.test(index ?? "")) this.applyFix(Number(index));
      return;
    }
    const marked = target.closest("[data-path]");
    if (!marked) return;
    // Its field, with the words of its first message selected.
    const path = marked.getAttribute("data-path") ?? "";
    this.selectWords(path);
  }

  schedulePreview() {
    if (!this.preview || this.framePending) return;
    const window = this.document.defaultView;
    if (!window) return;
    this.framePending = true;
    window.requestAnimationFrame(() => {
      if (!this.detached) this.renderPreview();
    });
  }

  renderPreview() {
    this.framePending = false;
    if (!this.preview) return;
    this.preview.innerHTML = renderHtml(this.read()[0], { ...this.validation, highlight: true });
  }
}

/** The control that holds `path`; else the nearest part of the letter above it; else the first
 * control inside it (a missing list goes to the control of its first entry). */
function formPlace(places, path) {
  let at = path;
  for (;;) {
    const found = places.find(([p]) => p === at);
    if (found) return found[1];
    const cut = at.lastIndexOf("/");
    if (cut > 0) {
      at = at.slice(0, cut);
    } else {
      return places.find(([p]) => p.length > path.length && p.startsWith(path) && p[path.length] === "/")?.[1] ?? null;
    }
  }
}

/** Whether `element` has a value the binding reads and a fix may write. */
function formIsControl(element) {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

function formControlValue(element) {
  return formIsControl(element) ? element.value : "";
}

/** A finding typed in a form: a text ending with the kind's "This was an area for development
 * at the previous inspection." is marked `previously_identified`, as the letter prints it. */
function formFinding(kind, text) {
  const marker = kind?.sections[0]?.previously_identified ?? "";
  if (marker !== "" && text.endsWith(marker)) {
    const rest = text.slice(0, text.length - marker.length);
    if (rest.trim() !== "") return { text: rest.trimEnd(), previously_identified: true };
  }
  return { text };
}

/** The paragraphs or lines of a control's value, as `read` takes them in: [chunk, its offset in
 * the value, its text as read (a line trimmed, a paragraph single-spaced)][]. */
function formParts(value, how) {
  const cut = how === "lines" ? "\n" : "\n\n";
  let offset = 0;
  return value.split(cut).map((chunk) => {
    const part = [chunk, offset, how === "lines" ? chunk.trim() : chunk.split(/\s+/).filter((w) => w !== "").join(" ")];
    offset += chunk.length + cut.length;
    return part;
  });
}

/** The `part`th of the texts `read` takes from a control's value, as [chunk, offset, text],
 * or undefined. */
function formPart(value, how, part) {
  return formParts(value, how).filter((p) => p[2] !== "")[part];
}

/** The texts `read` takes from a control's value: a finding a paragraph (blank lines between),
 * or an entry a line. */
function formTexts(value, how) {
  return formParts(value, how)
    .map((p) => p[2])
    .filter((text) => text !== "");
}

/** A copy of a letter given to the binding, or an `Error` saying why it cannot be one. */
function formJsonCopy(value, what) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {}
  // A cycle, a BigInt, a function: `validate` says why, in the words it gives a page.
  if (text === undefined && value !== undefined) throw new Error(`${what}: ${validate(value)[0].message}`);
  const copy = text && JSON.parse(text);
  if (copy === null || typeof copy !== "object" || Array.isArray(copy)) throw new Error(`${what} must be an object`);
  return copy;
}

/** A letter's values by JSON Pointer: its strings, numbers and booleans, not empty strings. */
function formLeaves(value, path = "", out = new Map()) {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) formLeaves(value[key], `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, out);
  } else if (value !== null && value !== "") {
    out.set(path, value);
  }
  return out;
}

/** A copy of a JSON value (the letter, the diagnostics): `structuredClone` and `Object.hasOwn`
 * are left out for the browsers from before 2022 that run the package's WebAssembly. */
function formCopy(value) {
  return JSON.parse(JSON.stringify(value));
}

function formHas(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A JSON Pointer's segments, unescaped. */
function formSegments(path) {
  return path
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value a JSON Pointer points at, or undefined. */
function formValueAt(value, path) {
  for (const key of formSegments(path)) {
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      value = value[Number(key)];
    } else if (value !== null && typeof value === "object" && formHas(value, key)) {
      value = value[key];
    } else {
      return undefined;
    }
  }
  return value;
}

/** How far past a list's end a path's index may point, the gap filled with nulls. */
const FORM_LIST_GAP = 10000;

/** Sets `value` at a JSON Pointer in `root.letter`, creating objects and lists on the way; `-`
 * appends. */
function formSetPointer(root, path, value) {
  const segments = formSegments(path);
  let parent = root;
  let key = "letter";
  for (let i = 0; i < segments.length; i++) {
    let node = parent[key];
    if (node === null || typeof node !== "object") {
      node = {};
      parent[key] = node;
    }
    const segment = segments[i];
    const last = i + 1 === segments.length;
    const next = segments[i + 1];
    const nextIsIndex = next !== undefined && (next === "-" || /^\+?\d+$/.test(next));
    let at = segment;
    if (Array.isArray(node)) {
      at = segment === "-" || !/^\+?\d+$/.test(segment) ? node.length : Number(segment);
      // An index far past the list's end (a mistyped path, "/inspection/dates/99999999999")
      // would have the page fill the gap for ever: the value goes at the end instead.
      if (at > node.length + FORM_LIST_GAP) at = node.length;
      while (node.length <= at) node.push(null);
    }
    if (last) {
      node[at] = value;
      return;
    }
    if (node[at] === null || typeof node[at] !== "object") node[at] = nextIsIndex ? [] : {};
    parent = node;
    key = at;
  }
}
