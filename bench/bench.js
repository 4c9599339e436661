// The browser benchmark: start-up of the package, then per-call medians of validate and
// renderHtml against ajv + Nunjucks on the same letters, in the same page and run.
// Start-up in its parts: the glue module, the .wasm's bytes, compiling and instantiating them;
// and, as a baseline for what the server and the browser's loader cost, a one-line module.
import { alternating, perCall } from "./timing.js";

const t0 = performance.now();
await import("./empty.js");
const t1 = performance.now();
const pkg = await import("../pkg/inspection_letter.js");
const t2 = performance.now();
const bytes = await (await fetch("../pkg/inspection_letter_bg.wasm")).arrayBuffer();
const t3 = performance.now();
const module = await WebAssembly.compile(bytes);
const t4 = performance.now();
await pkg.default({ module_or_path: module });
const t5 = performance.now();
const startup = t5 - t1;
const parts = { empty: t1 - t0, glue: t2 - t1, fetch: t3 - t2, compile: t4 - t3, instantiate: t5 - t4 };

const { compileSchema, compileTemplate } = await import("./peer.min.js");
const CASES = ["seed", "findings-1", "findings-10", "findings-100", "findings-1000"];
const letters = {};
for (const name of CASES) letters[name] = await (await fetch(`letters/${name}.json`)).json();
const ajvValidate = compileSchema(pkg.schema());
const template = compileTemplate(await (await fetch("letter.njk")).text());
const kind = pkg.kinds().find((k) => k.id === "ucra-2011");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function peerRender(letter) {
  // The peer template needs the derived sentences that our crate makes itself.
  const days = letter.inspection.dates.map((d) => d.split("-").map(Number));
  const dates = days.map(([, , d], i) => (i + 1 < days.length ? `${d}` : `${d} ${MONTHS[days[i][1] - 1]} ${days[i][0]}`)).join(" and ");
  const has = (k) => (letter.findings[k] ?? []).length > 0;
  const outcome = `The inspection identified areas of strength and areas of practice that met requirements${has("areas_for_development") ? ", with some areas for development" : ""}.`;
  return template.render({ letter, sections: kind.sections, dates, outcome });
}

// Warm up: let the engine tier every hot function up to its optimising compiler first.
const warmUntil = performance.now() + 1500;
while (performance.now() < warmUntil) {
  for (const name of CASES.slice(0, 3)) {
    pkg.validate(letters[name]);
    pkg.renderHtml(letters[name]);
    ajvValidate(letters[name]);
    peerRender(letters[name]);
  }
}

// The package keeps the last letter it read, so that a page's validate and renderHtml of the
// same letter read it once. As in a form where each keystroke changes the letter, every call
// below gets a letter different from the one before: two copies that differ only in the
// order of their keys (the same content and the same work, but not the same JSON text).
// So `validate` and `renderHtml` alone read their letter every time, and in "ours: both" the
// renderHtml after a validate of the same letter does not.
const results = { startup_ms: startup, startup_parts: parts, cases: {} };
for (const name of CASES) {
  const letter = letters[name];
  const next = alternating(letter);
  if (!ajvValidate(letter)) throw new Error(`ajv rejects ${name}: ${JSON.stringify(ajvValidate.errors)}`);
  results.cases[name] = {
    validate: perCall(() => pkg.validate(next())),
    renderHtml: perCall(() => pkg.renderHtml(next())),
    ours: perCall(() => { const l = next(); pkg.validate(l); pkg.renderHtml(l); }),
    stringify: perCall(() => JSON.stringify(next())),
    ajv: perCall(() => ajvValidate(next())),
    nunjucks: perCall(() => peerRender(next())),
    peer: perCall(() => { const l = next(); ajvValidate(l); peerRender(l); }),
  };
}
document.getElementById("out").textContent = JSON.stringify(results, null, 2);
window.benchResults = results;
// For scripts/page-runs.mjs, which waits for this word rather than polling the page.
console.log("benchResults");
