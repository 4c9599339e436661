// Does the way the benchmark waits for a page change the start-up it measures? The same page
// (bench/startup.html, both requests at once) loaded in turns by the two ways of waiting:
//   polling: Playwright's goto (until the load event) and waitForFunction, which injects its
//            script into the page and polls it at every frame (the benchmark before the
//            eleventh round);
//   quiet:   goto until the response is committed, then wait for the page's console word
//            (scripts/page-runs.mjs since then).
//   node bench/startup-harness.mjs [LOADS]   (after scripts/bench-browser.sh has laid out www/bench)
import { launch, pageResult } from "../scripts/page-runs.mjs";
import { serve } from "../scripts/serve.mjs";

const LOADS = Number(process.argv[2] ?? 20);
const server = await serve(0, "127.0.0.1", { csp: false, cacheFor: 3600 });
const url = `http://127.0.0.1:${server.address().port}/bench/startup.html?how=together`;
const browser = await launch();

async function polling(where) {
  const page = await where.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.startupResult, null, { timeout: 60_000 });
    return await page.evaluate(() => window.startupResult);
  } finally {
    await page.close();
  }
}
const quiet = (where) => pageResult(where, url, "startupResult", 60_000);

const totals = { polling: [], quiet: [] };
try {
  for (let i = 0; i < LOADS; i++) {
    // Each in a fresh context (a first visit), the two ways taking turns, the first way alternating.
    for (const [name, way] of i % 2 ? [["quiet", quiet], ["polling", polling]] : [["polling", polling], ["quiet", quiet]]) {
      const context = await browser.newContext();
      totals[name].push((await way(context)).total);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(totals)) {
  console.log(`${name}: start-up median ${median(xs).toFixed(1)} ms (runs ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}, ${xs.length} first visits)`);
}
