// Runs bench/boundary.html in Debian's headless Chromium RUNS times (default 5) and prints, per
// letter, the median over the runs of each way's per-call median, and the ratio serde/JSON.
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const server = await serve(0, "127.0.0.1");
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    page.on("pageerror", (e) => console.error("page error:", e.message));
    await page.goto(`${base}/bench/boundary.html`);
    await page.waitForFunction(() => window.boundaryResults, null, { timeout: 300_000 });
    runs.push(await page.evaluate(() => window.boundaryResults));
    await page.close();
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
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
