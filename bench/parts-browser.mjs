// The parts of a call in headless Chromium (bench/parts.js), one fresh page per run, and the
// median of the runs for each part.
//   node bench/parts-browser.mjs [PKG_DIR] [RUNS]     (default: pkg, 5 runs; build pkg/ first)
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, pageRuns } from "../scripts/page-runs.mjs";
import { serve } from "../scripts/serve.mjs";

const [dir = "pkg", runs = "5"] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const page = path.join(root, "www/parts");
rmSync(page, { recursive: true, force: true });
mkdirSync(path.join(page, "pkg"), { recursive: true });
for (const file of ["inspection_letter.js", "inspection_letter_bg.wasm"]) {
  cpSync(path.resolve(root, dir, file), path.join(page, "pkg", file));
}
writeFileSync(
  path.join(page, "index.html"),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parts of a call</title>' +
    '<link rel="icon" href="data:,"></head><body><pre id="out">running…</pre>' +
    '<script type="module" src="parts.js"></script></body></html>\n',
);
cpSync(path.join(root, "bench/parts.js"), path.join(page, "parts.js"));
cpSync(path.join(root, "tests/fixtures/southend-2011.json"), path.join(page, "seed.json"));

const server = await serve(0, "127.0.0.1", { csp: false });
const browser = await launch();
try {
  const results = await pageRuns(browser, `http://127.0.0.1:${server.address().port}/parts/index.html`, "partsResult", Number(runs));
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  console.log(`the seed's JSON: ${results[0].bytes} bytes\n`);
  console.log("| part of a call, on the seed | median µs | runs µs |\n|---|---|---|");
  for (const name of Object.keys(results[0]).filter((k) => k !== "bytes")) {
    const xs = results.map((r) => r[name]);
    const low = Math.min(...xs).toFixed(1);
    const high = Math.max(...xs).toFixed(1);
    console.log(`| ${name} | ${median(xs).toFixed(1)} | ${low}–${high} |`);
  }
} finally {
  await browser.close();
  server.close();
}
