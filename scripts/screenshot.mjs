// Renders the demo in headless Chromium and saves screenshots: docs/preview.png (the seed
// letter's preview). Run after scripts/build-pkg.sh:  node scripts/screenshot.mjs
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`${base}/preview.html`);
  await page.waitForSelector(".il-letter");
  await page.locator(".il-letter").screenshot({ path: "docs/preview.png" });
  console.log("wrote docs/preview.png");
} finally {
  await browser.close();
  server.close();
}
