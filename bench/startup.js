// Start-up of the package alone, one way per page load (?how=...), so that no way finds the
// other's module or bytes already in the browser's caches:
//   sequential: import the glue, then fetch the .wasm's bytes, compile, instantiate (the parts
//               the main benchmark page reports one by one);
//   together:   as a page would: the glue and the .wasm requested at once, and the .wasm
//               compiled as it streams in (`init` with the fetch's response);
//   settled:    `together`, once the page has loaded and has been idle for half a second, as
//               a page that loads the package after its own content would: the package's
//               start-up without the page's own loading beside it.
// Also the network's own part of each request (Resource Timing: from the request's start to
// its response's end), to tell the server's and the browser's request costs from the package's.
const how = new URLSearchParams(location.search).get("how") ?? "together";
const GLUE = "../pkg/inspection_letter.js";
const WASM = "../pkg/inspection_letter_bg.wasm";
if (how === "settled") {
  if (document.readyState !== "complete") await new Promise((done) => addEventListener("load", done));
  await new Promise((done) => setTimeout(done, 500));
}
const t0 = performance.now();
if (how === "sequential") {
  const pkg = await import(GLUE);
  const bytes = await (await fetch(WASM)).arrayBuffer();
  await pkg.default({ module_or_path: await WebAssembly.compile(bytes) });
} else {
  const [pkg, response] = await Promise.all([import(GLUE), fetch(WASM)]);
  await pkg.default({ module_or_path: response });
}
const total = performance.now() - t0;
// A streamed response's timing entry is added once its body has been taken in: wait a moment.
await new Promise((done) => setTimeout(done, 100));
const network = {};
for (const e of performance.getEntriesByType("resource")) {
  const name = e.name.split("/").pop();
  if (name === "inspection_letter.js" || name === "inspection_letter_bg.wasm") {
    network[name] = e.responseEnd - e.startTime;
  }
}
window.startupResult = { how, total, network };
// For scripts/page-runs.mjs, which waits for this word rather than polling the page.
console.log("startupResult");
document.getElementById("out").textContent = JSON.stringify(window.startupResult, null, 2);
