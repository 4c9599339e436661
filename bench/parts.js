// Where one call's time goes in the browser, on the seed: the JavaScript side of the boundary
// (`JSON.stringify` of the letter, the browser's encoder writing that text into the module's
// memory, `JSON.parse` of the seed's diagnostics as the package hands them back) and the
// package's calls on a letter it has just read (`validate`, `renderHtml` with the letter
// kept from the call before: no copy, no reading) against the same calls on a new letter
// each time (two copies of the seed that differ only in key order, taken in turn). Each part
// warms up, then is timed over 11 batches of at least 25 ms; the median µs a call is left in
// `window.partsResult`. Run by bench/parts-browser.mjs.
const m = await import("./pkg/inspection_letter.js");
await m.default();
const seed = await (await fetch("seed.json")).json();
const other = Object.fromEntries(Object.entries(seed).reverse());
const letter = (i) => (i % 2 ? seed : other);
const text = JSON.stringify(seed);
const diagnosticsText = JSON.stringify(m.validate(seed));
const encoder = new TextEncoder();
const memory = new Uint8Array(new WebAssembly.Memory({ initial: 2 }).buffer);

function time(f) {
  for (let i = 0; i < 2000; i++) f(i);
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) f(i);
    if (performance.now() - start >= 25) break;
    n *= 2;
  }
  const batches = [];
  for (let b = 0; b < 11; b++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) f(i);
    batches.push(((performance.now() - start) * 1000) / n);
  }
  return batches.sort((x, y) => x - y)[5];
}

const parts = {
  "JSON.stringify of the letter": () => JSON.stringify(seed),
  "the encoder writes its JSON into memory": () => encoder.encodeInto(text, memory),
  "JSON.parse of the diagnostics": () => JSON.parse(diagnosticsText),
  "validate, letter kept": () => m.validate(seed),
  "validate, new letter": (i) => m.validate(letter(i)),
  "renderHtml, letter kept": () => m.renderHtml(seed),
  "renderHtml, new letter": (i) => m.renderHtml(letter(i)),
  "both, new letter": (i) => {
    m.validate(letter(i));
    m.renderHtml(letter(i));
  },
};
const result = { bytes: text.length };
for (const [name, f] of Object.entries(parts)) result[name] = time(f);
window.partsResult = result;
// For scripts/page-runs.mjs, which waits for this word rather than polling the page.
console.log("partsResult");
document.getElementById("out").textContent = JSON.stringify(result, null, 2);
