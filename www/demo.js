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
  localStorage.removeItem(DRAFT);
  form.reset();
  refresh();
  status.textContent = "Draft cleared.";
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

function saveDraft() {
  const values = Object.fromEntries(controls().map((c) => [c.id, c.type === "checkbox" ? c.checked : c.value]));
  localStorage.setItem(DRAFT, JSON.stringify(values));
  status.textContent = "Draft saved in this browser.";
}

function restoreDraft() {
  let values;
  try {
    values = JSON.parse(localStorage.getItem(DRAFT) ?? "null");
  } catch {
    values = null;
  }
  if (!values) return;
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
  const letter = await (await fetch("examples/southend-2011.json")).json();
  fill(letter);
  refresh();
  saveDraft();
  status.textContent = "The Southend-on-Sea letter of 17 May 2011 is loaded.";
}
