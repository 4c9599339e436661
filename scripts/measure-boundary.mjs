// Runs bench/boundary.html in Debian's headless Chromium RUNS times (default 5) and prints, per
// letter, the median over the runs of each way's per-call median.
import { launch, pageRuns } from "./page-runs.mjs";
import { serve } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const server = await serve(0, "127.0.0.1");
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
let runs;
try {
  runs = await pageRuns(browser, `${base}/bench/boundary.html`, "boundaryResults", RUNS);
} finally {
  await browser.close();
  server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let table = "| letter | validate, JSON text µs | validate, serde-wasm-bindgen µs | renderHtml, JSON text µs | renderHtml, serde-wasm-bindgen µs |\n|---|---|---|---|---|\n";
for (const name of Object.keys(runs[0])) {
  const col = (key) => median(runs.map((r) => r[name][key]));
  table += `| ${name} | ${col("validate_json").toFixed(1)} | ${col("validate_serde").toFixed(1)} | ${col("renderHtml_json").toFixed(1)} | ${col("renderHtml_serde").toFixed(1)} |\n`;
}
console.log(table);
