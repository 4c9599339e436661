// One package build (`?pkg=a` or `?pkg=b`, a directory beside this page) timed on the seed:
// `validate`, `renderHtml` or both (`?op=`), on two copies of the letter that differ only in
// key order, taken in turn (so that no call finds its letter kept from the call before; in
// `both`, `renderHtml` follows a `validate` of the same letter, as a live form does). Warms up
// for 3,000 calls, then leaves µs a call over 20,000 calls in `window.abResult`. When
// `window.abWait` is set before the page loads, it waits for `window.abGo()` first (so that a
// profiler can be started). Run by bench/ab-browser.mjs.
const query = new URLSearchParams(location.search);
const m = await import(`./${query.get("pkg")}/inspection_letter.js`);
await m.default();
const seed = await (await fetch("seed.json")).json();
const other = Object.fromEntries(Object.entries(seed).reverse());
const op = query.get("op") ?? "both";
const run = (n) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const letter = i % 2 ? seed : other;
    if (op !== "html") m.validate(letter);
    if (op !== "validate") m.renderHtml(letter);
  }
  return ((performance.now() - start) * 1000) / n;
};
run(3000);
if (query.has("wait")) await new Promise((go) => (window.abGo = go));
window.abResult = run(20000);
document.getElementById("out").textContent = `${op}: ${window.abResult.toFixed(1)} µs a call`;
