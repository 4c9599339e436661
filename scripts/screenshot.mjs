// Screenshots of the demo in Debian's headless Chromium: docs/preview.png (the seed letter's
// preview) and docs/demo.png (the form with its error summary beside the preview).
// Run after scripts/build-demo.sh:  node scripts/screenshot.mjs
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`${base}/`);
  await page.click("#load-example");
  await page.waitForFunction(() => document.querySelector("#council").value !== "");
  await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("Southend-on-Sea"));
  // The preview on its own, at the width of the page.
  await page.evaluate(() => {
    const letter = document.querySelector("#preview .il-letter").cloneNode(true);
    document.body.replaceChildren(letter);
    document.body.style.background = "#fff";
  });
  await page.locator(".il-letter").screenshot({ path: "docs/preview.png" });
  console.log("wrote docs/preview.png");
  await page.goto(`${base}/`);
  await page.click("#load-example");
  await page.waitForFunction(() => document.querySelector("#council").value !== "");
  await page.fill("#postcode", "SS2 6EC");
  await page.fill("#council", "Southend-on-Sea Borough Council");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  await page.screenshot({ path: "docs/demo.png" });
  console.log("wrote docs/demo.png");
} finally {
  await browser.close();
  server.close();
}
