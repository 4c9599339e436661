// The demo: a council-style form bound to the letter's rules with attach(), a live preview,
// an example to load, an earlier letter's pasted text to start from (importText, then
// binding.fill), a draft kept in this browser's storage, and offline use.
import init, { attach, importText, kinds } from "./pkg/inspection_letter.js";

const DRAFT = "inspection-letter-demo-draft";
const form = document.getElementById("letter-form");
const status = document.getElementById("draft-status");
const kind = document.getElementById("kind");

await init();
const base = JSON.parse(document.getElementById("letterhead").textContent);
restoreDraft();
followKind();
// Warnings are shown above the buttons, where "Check the letter" is clicked.
const binding = attach(form, { preview: "#preview", warnings: "#warnings", base });
window.inspectionLetter = binding; // for the console and the end-to-end tests

kind.addEventListener("change", followKind);
form.addEventListener("input", saveDraft);
form.addEventListener("change", saveDraft);
document.getElementById("load-example").addEventListener("click", loadExample);
document.getElementById("check").addEventListener("click", checkLetter);
// What "Check the letter" said is out of date as soon as the letter changes.
form.addEventListener("input", () => (document.getElementById("check-status").textContent = ""));
document.getElementById("import-button").addEventListener("click", importLetter);
document.getElementById("clear-draft").addEventListener("click", () => {
  form.reset();
  followKind();
  refresh();
  status.textContent = keep(() => localStorage.removeItem(DRAFT)) ? "Draft cleared." : NOT_KEPT;
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(() => {
    status.textContent = "This browser cannot keep the page for offline use.";
  });
}

/**
 * The middle section follows the template: 2011 letters have findings that meet the
 * requirements of statutory guidance, 2010 letters satisfactory practice (the kinds' data says
 * which, and its heading labels the field).
 */
function followKind() {
  const section = kinds().find((k) => k.id === kind.value)?.sections[1];
  if (!section) return;
  const middle = document.getElementById("meets");
  middle.dataset.letterPath = `/findings/${section.key}/`;
  document.querySelector('label[for="meets"]').textContent = section.heading;
}

/** Fills the form from `letter`, its template first so that its sections have their fields. */
function fillFrom(letter) {
  if ([...kind.options].some((o) => o.value === letter.kind)) {
    kind.value = letter.kind;
    followKind();
  }
  return binding.fill(letter);
}

function controls() {
  return [...form.querySelectorAll("[data-letter-path]")];
}

function refresh() {
  form.dispatchEvent(new Event("input", { bubbles: true }));
}

// A browser with its storage turned off, or full, refuses or throws: the form works on, and
// says that the draft is not kept.
const NOT_KEPT = "This browser is not keeping drafts (its storage is full or turned off).";

/** Runs a use of the storage; says whether the browser allowed it. */
function keep(use) {
  try {
    use();
    return true;
  } catch {
    return false;
  }
}

/** A checkbox or a radio, whose state is whether it is checked, not its value. */
function checkable(control) {
  return control.type === "checkbox" || control.type === "radio";
}

function saveDraft() {
  const values = Object.fromEntries(controls().map((c) => [c.id, checkable(c) ? c.checked : c.value]));
  const saved = keep(() => localStorage.setItem(DRAFT, JSON.stringify(values)));
  status.textContent = saved ? "Draft saved in this browser." : NOT_KEPT;
}

function restoreDraft() {
  let values = null;
  // A draft that is not JSON, or not an object of values, is left alone rather than restored.
  keep(() => (values = JSON.parse(localStorage.getItem(DRAFT) ?? "null")));
  if (values === null || typeof values !== "object" || Array.isArray(values)) return;
  for (const control of controls()) {
    if (control.id in values) {
      if (checkable(control)) control.checked = Boolean(values[control.id]);
      else control.value = String(values[control.id]);
    }
  }
  status.textContent = "Your draft was restored.";
}

async function loadExample() {
  let letter;
  try {
    const response = await fetch("examples/southend-2011.json");
    if (!response.ok) throw new Error(`${response.status}`);
    letter = await response.json();
  } catch {
    status.textContent = "The example could not be loaded: check the connection and try again.";
    return;
  }
  fillFrom(letter); // each control it changes says so, and the draft is saved
  status.textContent = "The Southend-on-Sea letter of 17 May 2011 is loaded.";
}

/**
 * What of `pasted` the form did not take in (`pointers`, from `binding.fill`), as sentences to
 * show: the pasted letter's letterhead, when it is not the form's own, and the parts the form
 * has no field for (a third copy, say). The status is the form's own and goes unsaid.
 */
function leftOut(pasted, pointers) {
  const value = (pointer) => pointer.split("/").slice(1).reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], pasted);
  const letterhead = [];
  const notes = [];
  const copies = new Map();
  for (const pointer of pointers) {
    const copy = pointer.match(/^\/copies\/(\d+)\//);
    if (pointer.startsWith("/sender/")) letterhead.push(`“${value(pointer)}”`);
    else if (copy) copies.set(copy[1], [...(copies.get(copy[1]) ?? []), value(pointer)]);
    else if (pointer !== "/status") notes.push(`The form has no field for ${pointer}: add “${value(pointer)}” by hand`);
  }
  if (letterhead.length > 0) notes.unshift(`The form keeps its own letterhead: the pasted letter's ${letterhead.join(", ")} was not used`);
  for (const [index, values] of copies) {
    notes.push(`The form has no room for copy ${Number(index) + 1}: add “${values.join(", ")}” by hand`);
  }
  return notes;
}

/**
 * The form's `current` letter with what `pasted` (findings without a letter's head) gives: each
 * section it has findings for, and a signature or copy list after them. The template changes
 * only when the current one has no section for the pasted findings.
 */
function besides(current, pasted) {
  const findings = { ...current.findings };
  for (const [key, list] of Object.entries(pasted.findings ?? {})) {
    if (list.length > 0) findings[key] = list;
  }
  const given = Object.keys(findings).filter((key) => findings[key] !== current.findings?.[key]);
  const known = kinds().find((k) => k.id === current.kind)?.sections.map((s) => s.key) ?? [];
  return {
    ...current,
    kind: given.every((key) => known.includes(key)) ? current.kind : pasted.kind,
    findings,
    ...(pasted.signatory ? { signatory: pasted.signatory } : {}),
    ...(pasted.copies?.length ? { copies: pasted.copies } : {}),
  };
}

/**
 * Fills the form from the text of an earlier letter (as copied out of its PDF), and says what
 * the importer could not place, what the text did not have and what the form has no field
 * for, so that nothing is lost unseen.
 */
function importLetter() {
  const textarea = document.getElementById("import-text");
  const group = document.getElementById("import-group");
  const result = document.getElementById("import-result");
  const empty = textarea.value.trim() === "";
  group.classList.toggle("govuk-form-group--error", empty);
  textarea.classList.toggle("govuk-textarea--error", empty);
  document.getElementById("import-error")?.remove();
  textarea.setAttribute("aria-describedby", empty ? "import-hint import-error" : "import-hint");
  if (empty) {
    const error = document.createElement("p");
    error.id = "import-error";
    error.className = "govuk-error-message";
    error.innerHTML = '<span class="govuk-visually-hidden">Error:</span> Paste the text of a letter';
    textarea.before(error);
    result.replaceChildren();
    textarea.focus();
    return;
  }
  const { letter: pasted, diagnostics } = importText(textarea.value);
  // Text without the letter's head (no date, recipient or subject line) is findings copied out
  // of a draft: they go into their sections, and the form keeps the rest of what it holds.
  const alone = !pasted.date && !pasted.recipient && !pasted.council;
  // A letter started from an earlier one is a draft until the inspector says otherwise.
  const letter = alone ? besides(binding.letter(), pasted) : { ...pasted, status: "draft" };
  const notTaken = fillFrom(letter); // the draft is saved as each control changes
  // The form keeps its own letterhead, so what the text lacks there needs no entering; nor,
  // for findings alone, does what the form keeps.
  const told = diagnostics.filter((d) => !d.path.startsWith("/sender/") && !(alone && d.code === "required-field"));
  const notes = [...told.map((d) => d.message), ...leftOut(pasted, notTaken)];
  const said = document.createElement("p");
  said.className = "govuk-body";
  said.textContent = notes.length === 0
    ? "The form is filled from the letter's text. Check it before you submit."
    : "The form is filled from the letter's text. Check it before you submit, and these first:";
  const list = document.createElement("ul");
  list.className = "govuk-list govuk-list--bullet";
  for (const note of notes) {
    const item = document.createElement("li");
    item.textContent = note;
    list.append(item);
  }
  result.replaceChildren(said, ...(notes.length > 0 ? [list] : []));
  status.textContent = "The form is filled from the pasted letter.";
}

/**
 * "Check the letter": the messages a submit would show, without submitting. Warnings never stop
 * a submission, so this is where an inspector reads them (the preview only marks their places).
 */
function checkLetter() {
  const diagnostics = binding.validate();
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const checkStatus = document.getElementById("check-status");
  checkStatus.textContent =
    diagnostics.length === 0
      ? "No errors and nothing to check: the letter is ready to submit."
      : `${count(errors, "error")} and ${count(warnings, "warning")}.` +
        (errors > 0 ? " The errors are listed at the top of the page." : " The warnings are listed above; they do not stop the letter being submitted.");
  if (errors === 0 && warnings > 0) document.getElementById("warnings").scrollIntoView({ block: "start", behavior: "instant" });
}
