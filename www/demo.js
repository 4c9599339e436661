// The demo: a council-style form bound to the letter's rules with attach(), a live preview,
// an example to load, a draft kept in this browser's storage, and offline use.
import init, { attach } from "./pkg/inspection_letter.js";

const DRAFT = "inspection-letter-demo-draft";
const form = document.getElementById("letter-form");
const status = document.getElementById("draft-status");

await init();
const base = JSON.parse(document.getElementById("letterhead").textContent);
restoreDraft();
const binding = attach(form, { preview: "#preview", base });
window.inspectionLetter = binding; // for the console and the end-to-end tests

form.addEventListener("input", saveDraft);
form.addEventListener("change", saveDraft);
document.getElementById("load-example").addEventListener("click", loadExample);
document.getElementById("clear-draft").addEventListener("click", () => {
  form.reset();
  refresh();
  status.textContent = keep(() => localStorage.removeItem(DRAFT)) ? "Draft cleared." : NOT_KEPT;
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(() => {
    status.textContent = "This browser cannot keep the page for offline use.";
  });
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

function saveDraft() {
  const values = Object.fromEntries(controls().map((c) => [c.id, c.type === "checkbox" ? c.checked : c.value]));
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
      if (control.type === "checkbox") control.checked = Boolean(values[control.id]);
      else control.value = String(values[control.id]);
    }
  }
  status.textContent = "Your draft was restored.";
}

function valueAt(letter, pointer) {
  return pointer.split("/").slice(1).reduce((node, key) => (node == null ? undefined : node[key.replace(/~1/g, "/").replace(/~0/g, "~")]), letter);
}

/** Fills the form from a letter: the inverse of what attach() reads. */
function fill(letter) {
  const previously = " This was an area for development at the previous inspection.";
  for (const control of controls()) {
    const path = control.dataset.letterPath;
    const part = control.dataset.letterPart;
    let value;
    if (part) {
      const [year, month, day] = String(valueAt(letter, path) ?? "").split("-");
      value = { day, month, year }[part] ?? "";
      if (part !== "year") value = value.replace(/^0/, "");
    } else if (control.dataset.letterSplit === "paragraphs") {
      const findings = valueAt(letter, path.replace(/\/$/, "")) ?? [];
      value = findings.map((f) => f.text + (f.previously_identified ? previously : "")).join("\n\n");
    } else {
      value = valueAt(letter, path);
      if (Array.isArray(value)) value = value.join("\n");
    }
    control.value = value ?? "";
  }
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
  fill(letter);
  refresh();
  saveDraft();
  status.textContent = "The Southend-on-Sea letter of 17 May 2011 is loaded.";
}
