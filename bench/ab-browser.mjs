// Two builds of the browser package side by side in headless Chromium: each page load times
// one build (bench/ab.js), the builds taking turns, and the median of the loads is printed.
//   node bench/ab-browser.mjs OLD_PKG_DIR NEW_PKG_DIR [validate|html|both] [LOADS]
// With PROFILE=FILE it instead records a CPU profile (Chrome DevTools format) of NEW_PKG_DIR's
// timed calls into FILE and prints the functions with the most self time: build NEW_PKG_DIR
// with its names kept (scripts/profile-browser.sh does) to see the module's own functions.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../scripts/page-runs.mjs";
import { serve } from "../scripts/serve.mjs";

const [dirA, dirB, op = "both", loads = "6"] = process.argv.slice(2);
if (!dirA || !dirB || !["validate", "html", "both"].includes(op)) {
  console.error("usage: node bench/ab-browser.mjs OLD_PKG_DIR NEW_PKG_DIR [validate|html|both] [LOADS]");
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const page = path.join(root, "www/ab");
rmSync(page, { recursive: true, force: true });
mkdirSync(page, { recursive: true });
for (const [name, dir] of [["a", dirA], ["b", dirB]]) {
  mkdirSync(path.join(page, name));
  for (const file of ["inspection_letter.js", "inspection_letter_bg.wasm"]) {
    cpSync(path.join(dir, file), path.join(page, name, file));
  }
}
cpSync(path.join(root, "bench/ab.html"), path.join(page, "index.html"));
cpSync(path.join(root, "bench/ab.js"), path.join(page, "ab.js"));
cpSync(path.join(root, "tests/fixtures/southend-2011.json"), path.join(page, "seed.json"));

const server = await serve(0, "127.0.0.1", { csp: false });
const base = `http://127.0.0.1:${server.address().port}/ab/index.html?op=${op}`;
const browser = await launch();
try {
  if (process.env.PROFILE) {
    const tab = await browser.newPage();
    await tab.goto(`${base}&pkg=b&wait`);
    await tab.waitForFunction(() => window.abGo, null, { timeout: 120_000 });
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    await tab.evaluate(() => window.abGo());
    await tab.waitForFunction(() => window.abResult, null, { timeout: 120_000 });
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(process.env.PROFILE, JSON.stringify(profile));
    console.log(`${op}: ${(await tab.evaluate(() => window.abResult)).toFixed(1)} µs a call while profiled`);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id).callFrame;
      const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}`.trim();
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]);
      total += profile.timeDeltas[i];
    });
    for (const [key, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 30)) {
      console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${key.replace(/\[[0-9a-f]{16}\]/g, "").slice(0, 140)}`);
    }
  } else {
    const times = { a: [], b: [] };
    for (let i = 0; i < Number(loads); i++) {
      for (const build of ["a", "b"]) {
        const tab = await browser.newPage();
        await tab.goto(`${base}&pkg=${build}`);
        await tab.waitForFunction(() => window.abResult, null, { timeout: 120_000 });
        times[build].push(await tab.evaluate(() => window.abResult));
        await tab.close();
      }
    }
    const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    for (const [build, dir] of [["a", dirA], ["b", dirB]]) {
      const xs = times[build];
      console.log(`${dir} ${op}: median ${median(xs).toFixed(1)} µs a call (loads: ${xs.map((x) => x.toFixed(1)).join(", ")})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
