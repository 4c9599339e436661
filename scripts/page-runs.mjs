// Fresh pages of Debian's headless Chromium, for the browser benchmarks
// (scripts/bench-browser.mjs, scripts/measure-boundary.mjs).
import { chromium } from "playwright-core";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
}

/**
 * Opens `url` in a fresh page and returns what the page leaves in `window[name]`. `where` is the
 * browser (each page in a new context, with an empty cache) or one context (pages share its cache).
 * The page says `name` on its console once it has set `window[name]`: waiting for that, instead
 * of Playwright's `waitForFunction` (which injects its own script into the page once it has
 * loaded and then polls it at every frame), leaves the page alone while it works. The polling
 * landed in the middle of the start-up being measured and added about 15 ms to it.
 */
export async function pageResult(where, url, name, timeout = 300_000) {
  const page = await where.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  let timer;
  const said = new Promise((resolve, reject) => {
    page.on("console", (message) => message.text() === name && resolve());
    timer = setTimeout(() => reject(new Error(`${url}: the page did not say ${name} within ${timeout} ms`)), timeout);
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    await said;
    return await page.evaluate((key) => window[key], name);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/** `pageResult` `runs` times, each in a fresh page, with a line on stderr after each. */
export async function pageRuns(browser, url, name, runs) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    results.push(await pageResult(browser, url, name));
    process.stderr.write(`run ${run + 1}/${runs} done\n`);
  }
  return results;
}
