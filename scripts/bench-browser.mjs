// The browser benchmark, run several times in Debian's headless Chromium: start-up of the
// package, per-call medians of validate and renderHtml against ajv + Nunjucks on the same
// letters, and the sizes of both stacks. Writes target/bench-browser.json and prints a table.
//   scripts/bench-browser.sh   (builds what it needs, then runs this)
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launch, pageResult, pageRuns } from "./page-runs.mjs";
import { serve } from "./serve.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
// ajv and Nunjucks compile to functions at run time, so the bench page cannot have our strict CSP.
// Files may be kept for an hour, as a site serves a versioned package: each cold load below is
// in a fresh browser context with an empty cache, and the repeat visits share one context.
const server = await serve(0, "127.0.0.1", { csp: false, cacheFor: 3600 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
let runs;
const STARTUPS = Number(process.env.STARTUPS ?? 30);
const WAYS = ["sequential", "together", "settled"];
const startups = Object.fromEntries(WAYS.map((how) => [how, []]));
const repeats = Object.fromEntries(WAYS.map((how) => [how, []]));
try {
  // Start-up one way per page load, the ways taking turns (bench/startup.js).
  for (let i = 0; i < STARTUPS; i++) {
    const how = WAYS[i % WAYS.length];
    startups[how].push(await pageResult(browser, `${base}/bench/startup.html?how=${how}`, "startupResult", 60_000));
  }
  // Repeat visits: the same pages in one browser context, whose HTTP cache the first visit
  // filled, so the glue and the .wasm come from the cache instead of the server.
  const context = await browser.newContext();
  try {
    await pageResult(context, `${base}/bench/startup.html?how=together`, "startupResult", 60_000);
    for (let i = 0; i < STARTUPS; i++) {
      const how = WAYS[i % WAYS.length];
      repeats[how].push(await pageResult(context, `${base}/bench/startup.html?how=${how}`, "startupResult", 60_000));
    }
  } finally {
    await context.close();
  }
  runs = await pageRuns(browser, `${base}/bench/index.html`, "benchResults", RUNS);
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sizes = {
  ours: gz("pkg/inspection_letter_bg.wasm") + gz("pkg/inspection_letter.js"),
  peer: gz("www/bench/peer.min.js"),
};
let table = "| start-up, one way per page load | median ms | runs ms | network part: glue, .wasm (median ms) |\n|---|---|---|---|\n";
for (const [visit, results] of [["first visit", startups], ["repeat visit, from the HTTP cache", repeats]]) {
  for (const [how, label] of [
    ["sequential", "glue, then .wasm bytes, compile, instantiate"],
    ["together", "glue and .wasm requested at once, compiled as it streams"],
    ["settled", "the same, once the page has loaded and been idle for 0.5 s"],
  ]) {
    const totals = results[how].map((r) => r.total);
    const net = (file) => median(results[how].map((r) => r.network[file] ?? NaN)).toFixed(1);
    table += `| ${visit}: ${label} | ${median(totals).toFixed(1)} | ${spread(totals)} | ${net("inspection_letter.js")}, ${net("inspection_letter_bg.wasm")} |\n`;
  }
}
const mainStartups = runs.map((r) => r.startup_ms);
table += `\nStart-up in the main page (after a one-line module's import; fetch the glue and the .wasm, compile, instantiate): median ${median(mainStartups).toFixed(1)} ms (runs: ${spread(mainStartups)} ms)\n\n`;
const part = (key) => runs.map((r) => r.startup_parts[key]);
table += "| start-up part | median ms | runs ms |\n|---|---|---|\n";
for (const [key, label] of [["glue", "import the glue module"], ["fetch", "fetch the .wasm"], ["compile", "compile"], ["instantiate", "instantiate"], ["empty", "baseline: import a one-line module"]]) {
  table += `| ${label} | ${median(part(key)).toFixed(1)} | ${spread(part(key))} |\n`;
}
const own = runs.map((r) => r.startup_parts.compile + r.startup_parts.instantiate);
table += `\nThe package's own part (compile + instantiate): median ${median(own).toFixed(1)} ms (runs: ${spread(own)} ms)\n\n`;
table += "| letter | validate µs | renderHtml µs | ours: both µs | ajv µs | Nunjucks µs | peer: both µs | ratio ours/peer (runs) | JSON.stringify µs |\n|---|---|---|---|---|---|---|---|---|\n";
for (const name of Object.keys(runs[0].cases)) {
  const col = (key) => runs.map((r) => r.cases[name][key]);
  const ratios = runs.map((r) => r.cases[name].ours / r.cases[name].peer);
  table += `| ${name} | ${median(col("validate")).toFixed(1)} | ${median(col("renderHtml")).toFixed(1)} | ${median(col("ours")).toFixed(1)} | ${median(col("ajv")).toFixed(1)} | ${median(col("nunjucks")).toFixed(1)} | ${median(col("peer")).toFixed(1)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${median(col("stringify")).toFixed(1)} |\n`;
}
table += `\nSize, gzip -9: ours (.wasm + glue) ${sizes.ours} B; peer (ajv + ajv-formats + Nunjucks, esbuild --minify) ${sizes.peer} B; ratio ${(sizes.ours / sizes.peer).toFixed(2)}\n`;
writeFileSync("target/bench-browser.json", JSON.stringify({ startups, repeats, runs, sizes }, null, 2));
console.log(table);
