// End-to-end: the demo and the form binding in Debian's headless Chromium, driven by
// playwright-core, with the page served on 127.0.0.1 under its strict Content Security Policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CSP, serve } from "../../scripts/serve.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
let server, base, browser;

before(async () => {
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page that records errors and Content Security Policy violations. */
async function open(url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    // A form of `html` added to the page, for the tests that build one.
    window.__form = (html) => {
      const form = document.createElement("form");
      form.innerHTML = html;
      document.body.append(form);
      return form;
    };
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(base + url);
  return { page, context, problems };
}

/** Clicks "Load example" on the demo and waits until the form holds the letter. */
async function loadExample(page) {
  // The button does something once the module has bound the form (its preview is drawn).
  await page.waitForSelector("#preview .il-letter");
  await page.click("#load-example");
  await page.waitForFunction(() => document.querySelector("#council").value !== "");
}

/** The plain form's page (`attach()` through options.fields), once its preview is drawn. */
async function openPlain() {
  const opened = await open("/plain.html");
  await opened.page.waitForSelector("#plain-preview .il-letter");
  return opened;
}

const violations = (page) => page.evaluate(() => window.__violations);

/** The focused control's id and the text selected in it. */
const selected = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return [e.id, e.value.slice(e.selectionStart, e.selectionEnd)];
  });

/** The letter `attach()` reads from a form of `html` (on the plain page), the form then gone. */
function readForm(page, html, options) {
  return page.evaluate(
    async ([html, options]) => {
      const { attach } = await import("/pkg/inspection_letter.js");
      const form = window.__form(html);
      const binding = attach(form, options);
      const read = binding.letter();
      binding.detach();
      form.remove();
      return read;
    },
    [html, options],
  );
}


test("the empty form submitted: summary shown and focused, inline errors, title prefixed, submission stopped", async () => {
  const { page, context, problems } = await open("/");
  await page.waitForSelector("#preview .il-letter");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("govuk-error-summary")), true);
  assert.match(await page.title(), /^Error: /);
  assert.ok((await page.locator(".govuk-error-message").count()) >= 10);
  assert.equal(await page.locator("#postcode").getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#postcode").getAttribute("aria-describedby"), /postcode-error/);
  assert.equal(await page.locator("#postcode-error").textContent(), "Error: Enter the recipient postcode");
  assert.equal(await page.locator("#postcode-error .govuk-visually-hidden").textContent(), "Error:");
  assert.ok(await page.locator(".govuk-form-group--error #surname").count());
  // Every link in the summary goes to a control that exists.
  for (const href of await page.locator(".govuk-error-summary a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    assert.equal(await page.locator(href).count(), 1, href);
  }
  assert.ok(page.url().endsWith("/"), "the submission was stopped");
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a field fixed and submitted again: no trace left, the submission goes ahead", async () => {
  const { page, context, problems } = await open("/");
  await loadExample(page);
  await page.fill("#postcode", "SS2 6EC");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(await page.locator(".govuk-error-summary a").innerText(), "Enter a real postcode, like SS2 6ER");
  // Warnings are shown apart and never block.
  assert.ok(await page.locator(".il-warnings").count());
  await page.fill("#postcode", "SS2 6ER");
  // Checking again (as a submit does) leaves no trace of the earlier errors.
  await page.evaluate(() => window.inspectionLetter.validate());
  assert.equal(await page.locator(".govuk-error-summary, .govuk-error-message, .govuk-form-group--error, [aria-invalid]").count(), 0);
  assert.doesNotMatch(await page.title(), /Error/);
  await Promise.all([page.waitForURL(/submitted\.html/), page.click("#submit")]);
  assert.match(await page.locator("h1").innerText(), /Letter submitted/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a GOV.UK date input's error speaks of a real date, not of the JSON's YYYY-MM-DD", async () => {
  const { page, context, problems } = await open("/");
  await loadExample(page);
  await page.fill("#date-day", "31");
  await page.fill("#date-month", "2");
  await page.fill("#previous-month", "13");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  assert.deepEqual(await page.locator(".govuk-error-summary a").allInnerTexts(), [
    "Letter date must be a real date",
    "Previous inspection month must be a real month",
  ]);
  assert.equal(await page.locator("#date-day-error").textContent(), "Error: Letter date must be a real date");
  // The same diagnostics, as validate() gives them to the page, keep the JSON's form.
  const messages = await page.evaluate(() => window.inspectionLetter.validate().map((d) => d.message));
  assert.ok(messages.includes("Letter date must be a real date as YYYY-MM-DD, like 2011-05-17"), messages.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("detach() restores the form and the page exactly as they were", async () => {
  const { page, context } = await open("/");
  await page.waitForSelector("#preview .il-letter");
  const before = await page.locator("form").evaluate((f) => f.outerHTML);
  const title = await page.title();
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  await page.evaluate(() => window.inspectionLetter.detach());
  assert.equal(await page.locator("form").evaluate((f) => f.outerHTML), before);
  assert.equal(await page.title(), title);
  assert.equal(await page.locator(".govuk-error-summary").count(), 0);
  await context.close();
});

test("the preview follows typing, and a marked part focuses its field with its words selected", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.fill("#council", "Essex County Council");
  await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("within Essex County Council children's services"));
  await page.fill("#postcode", "SS2 6EC");
  const marked = page.locator('#preview [data-path="/recipient/postcode"]');
  await marked.waitFor();
  assert.match(await marked.getAttribute("class"), /il-flag--error/);
  await page.locator("#council").focus();
  await marked.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "postcode");
  // A finding's mark: its paragraph of the box, the words of its first message selected.
  await page.fill("#strengths", "Managers are accessible.\n\nThe duty   desk is open Mon-Fri.");
  const finding = page.locator('#preview [data-path="/findings/strengths/1/text"]');
  await finding.waitFor();
  await finding.click();
  assert.deepEqual(await selected(page), ["strengths", "Mon-Fri"]);
  await context.close();
});

test("a fix is applied only when the person clicks it", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.fill("#postcode", "ss26er");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  assert.equal(await page.inputValue("#postcode"), "ss26er", "validation never rewrites a value");
  await page.fill("#surname", "Cook ");
  await page.click("#submit");
  const fix = page.locator(".il-warnings button", { hasText: "Change to “Cook”" });
  await fix.click();
  assert.equal(await page.inputValue("#surname"), "Cook");
  await context.close();
});

test("a fix to one paragraph or one line of a box mends it there and keeps the rest as typed", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  const first = "Managers are readily  accessible.";
  const marker = "This was an area for development at the previous inspection.";
  // The second paragraph, typed with a double space and over two lines, repeats an area for
  // development: its span counts in the finding's single-spaced text, before the marker.
  await page.fill("#strengths", `${first}\n\nThe duty   desk is open\nMon-Fri, 9.30am-5pm. ${marker}`);
  await page.fill("#address", "Civic Centre,\n Victoria Street\nSouthend-on-Sea\nEssex");
  await page.click("#check");
  const warnings = page.locator("#warnings .il-warnings__item");
  await warnings.first().waitFor();
  // In the order of the page: the address before the findings, the findings as their boxes come.
  const texts = await warnings.allTextContents();
  const at = (words) => texts.findIndex((t) => t.includes(words));
  assert.ok(at("Remove the comma at the end of the address line") < at("Mon to Fri"), texts.join("\n"));
  assert.ok(at("Mon to Fri") < at("Avoid “robust”"), texts.join("\n"));
  await warnings.filter({ hasText: "“Mon to Fri”" }).locator("button").click();
  assert.equal(await page.inputValue("#strengths"), `${first}\n\nThe duty desk is open Mon to Fri, 9.30am-5pm. ${marker}`);
  await page.click("#check");
  await warnings.filter({ hasText: "“9.30am to 5pm”" }).locator("button").click();
  assert.equal(await page.inputValue("#strengths"), `${first}\n\nThe duty desk is open Mon to Fri, 9.30am to 5pm. ${marker}`);
  await page.click("#check");
  await warnings.filter({ hasText: "Remove the comma" }).locator("button").click();
  assert.equal(await page.inputValue("#address"), "Civic Centre\n Victoria Street\nSouthend-on-Sea\nEssex");
  await context.close();
});

test("a fix shown before the text changed is not applied to the new text", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.fill("#strengths", "The desk is open Mon-Fri.");
  await page.click("#check");
  const fix = () => page.locator("#warnings .il-warnings__item", { hasText: "“Mon to Fri”" }).locator("button");
  await fix().waitFor();
  // Words typed before the range move it: the old fix's place is now "desk is".
  await page.fill("#strengths", "New words first. The desk is open Mon-Fri.");
  await fix().click();
  assert.equal(await page.inputValue("#strengths"), "New words first. The desk is open Mon-Fri.", "nothing written");
  // The messages are brought up to date, and the new fix goes to the right place.
  await fix().click();
  assert.equal(await page.inputValue("#strengths"), "New words first. The desk is open Mon to Fri.");
  await context.close();
});

test("a message's link selects the words it is about in its box, as typed", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  // Spaces and line breaks the letter does not keep: the selection is of what the box shows.
  await page.fill("#strengths", "Managers are  accessible.\n\n\nThe duty   desk is open\n  Mon-Fri, and we  facilitate visits.");
  await page.fill("#address", "  Civic Centre,\nVictoria Street\nSouthend-on-Sea\nEssex");
  await page.click("#check");
  for (const [words, id, text] of [
    ["“Mon to Fri”", "strengths", "Mon-Fri"],
    ["Avoid “facilitate”", "strengths", "facilitate"],
    ["Remove the comma", "address", ","],
  ]) {
    // The first: the strengths come before the seed's findings that meet requirements.
    await page.locator("#warnings a", { hasText: words }).first().click();
    assert.deepEqual(await selected(page), [id, text], words);
  }
  assert.equal(new URL(page.url()).hash, "", "the link's own jump is replaced by the selection");
  await context.close();
});

test("a message's link selects its words where they are now, after typing moved them", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.fill("#strengths", "The desk is open Mon-Fri.");
  await page.click("#check");
  const link = () => page.locator("#warnings a", { hasText: "“Mon to Fri”" });
  await link().waitFor();
  // Words typed before the range, with no check since: the message still shows.
  await page.fill("#strengths", "New words first. The desk is open Mon-Fri.");
  await link().click();
  assert.deepEqual(await selected(page), ["strengths", "Mon-Fri"]);
  // Gone from the text: the box is focused, nothing in it selected.
  await page.fill("#strengths", "The desk is open every weekday.");
  await link().click();
  assert.deepEqual(await selected(page), ["strengths", ""]);
  await context.close();
});

test("a final letter stops at what could identify a child, a draft only warns, and the stage is kept", async () => {
  const { page, context, problems } = await open("/");
  await loadExample(page);
  assert.equal(await page.isChecked("#status-final"), true, "the published example is final");
  await page.fill("#strengths", "Managers are accessible.\n\nThe duty team saw Sarah at home.");
  await page.click("#submit");
  const link = page.locator(".govuk-error-summary a", { hasText: "Remove the name “Sarah”" });
  await link.waitFor();
  assert.equal(new URL(page.url()).pathname, "/", "nothing was submitted");
  // The summary's link selects the name in its paragraph.
  await link.click();
  assert.deepEqual(await selected(page), ["strengths", "Sarah"]);
  await page.check("#status");
  await page.click("#check");
  await page.locator("#warnings .il-warnings__item", { hasText: "Remove the name “Sarah”" }).waitFor();
  assert.match(await page.textContent("#check-status"), /^0 errors and \d+ warnings/);
  await page.reload();
  await page.waitForSelector("#preview .il-letter");
  assert.equal(await page.isChecked("#status"), true, "the draft keeps the stage");
  assert.deepEqual(problems, []);
  await context.close();
});

test("“Check the letter” shows the warnings of a letter without errors, and submits nothing", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.fill("#strengths", "Contacts are screened Monday-Friday by experienced staff.");
  await page.click("#check");
  const item = page.locator("#warnings .il-warnings__item", { hasText: "Use “to” in a range: “Monday to Friday”" });
  await item.waitFor();
  assert.equal(new URL(page.url()).pathname, "/", "nothing was submitted");
  assert.equal(await page.locator(".govuk-error-summary").count(), 0);
  assert.match(await page.textContent("#check-status"), /^0 errors and \d+ warnings\. The warnings are listed above/);
  await item.locator("button").click();
  assert.equal(await page.inputValue("#strengths"), "Contacts are screened Monday to Friday by experienced staff.");
  assert.equal(await page.textContent("#check-status"), "", "what the check said is cleared once the letter changes");
  await page.click("#check");
  await page.locator("#warnings .il-warnings__item").first().waitFor();
  assert.equal(await page.locator("#warnings .il-warnings__item", { hasText: "Monday" }).count(), 0);
  // The fix reached the page's own listeners on the form, as typing does: the draft kept it.
  await page.reload();
  await page.waitForSelector("#preview .il-letter");
  assert.equal(await page.inputValue("#strengths"), "Contacts are screened Monday to Friday by experienced staff.");
  await context.close();
});

/** The seed letter's text and JSON, as the test fixtures hold them. */
const seedText = () => readFileSync(path.join(root, "tests/fixtures/southend-2011.txt"), "utf8");
const seedLetter = () => JSON.parse(readFileSync(path.join(root, "tests/fixtures/southend-2011.json"), "utf8"));

/** Pastes `text` into the demo's "earlier letter" box and fills the form from it. */
async function importInto(page, text) {
  await page.waitForSelector("#preview .il-letter");
  if ((await page.getAttribute("#import", "open")) === null) await page.click("#import summary");
  await page.fill("#import-text", text);
  await page.click("#import-button");
}

test("the text of an earlier letter fills the form with the whole letter", async () => {
  const { page, context, problems } = await open("/");
  await importInto(page, seedText());
  await page.waitForFunction(() => document.querySelector("#council").value !== "");
  const read = await page.evaluate(() => window.inspectionLetter.letter());
  // The form's letter is the seed itself, but for the status the form's letterhead gives and
  // the section the seed has no findings in, which an empty control leaves out.
  const seed = seedLetter();
  assert.deepEqual(seed.findings.areas_for_priority_action, []);
  delete seed.findings.areas_for_priority_action;
  assert.deepEqual({ ...read, status: "final" }, seed);
  assert.equal(await page.locator("#import-result li").count(), 0);
  assert.match(await page.locator("#import-result").innerText(), /The form is filled from the letter's text/);
  await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("Pietro Battista"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("what the form cannot take from a pasted letter is listed, not lost", async () => {
  const { page, context } = await open("/");
  const text = seedText()
    .replace("Direct T 03000 130570", "Direct T 03000 130570 Direct F 03000 130571")
    .replace("Dear Ms Cook\n", "Dear Ms Cook\n\nRef: 12345/XY\n")
    .replace("Department for Education", "Department for Education\nJane Doe, Director of Safeguarding, Essex Police");
  await importInto(page, text);
  await page.waitForSelector("#import-result li");
  const notes = await page.locator("#import-result li").allInnerTexts();
  assert.ok(notes.some((n) => n.includes("Line 22 could not be placed") && n.includes("Ref: 12345/XY")), notes.join("\n"));
  assert.ok(notes.some((n) => n.includes("“03000 130571”") && n.includes("letterhead")), notes.join("\n"));
  assert.ok(notes.some((n) => n.includes("copy 3") && n.includes("Jane Doe, Director of Safeguarding, Essex Police")), notes.join("\n"));
  assert.equal(await page.inputValue('[data-letter-path="/copies/1/name"]'), "Andrew Spencer");
  await context.close();
});

test("findings pasted alone fill their boxes, and the notes ask for nothing the form keeps", async () => {
  const { page, context } = await open("/");
  const text = seedText();
  await importInto(page, text.slice(text.indexOf("Strengths\n"), text.indexOf("Any areas for development")));
  await page.waitForFunction(() => document.querySelector("#development").value !== "");
  assert.match(await page.inputValue("#strengths"), /^Managers and experienced social work staff/);
  assert.equal((await page.inputValue("#meets")).split("\n\n").length, 13);
  // What the text lacks the form keeps (or asks for when it is checked): nothing to note,
  // the letterhead least of all.
  const notes = await page.locator("#import-result li").allInnerTexts();
  assert.deepEqual(notes, []);
  await context.close();
});

test("a pasted letter starts as a draft, and findings pasted alone keep the rest of the form", async () => {
  const { page, context } = await open("/");
  await loadExample(page);
  await page.check("#status-final");
  // The whole of an earlier letter: published, so final in its text; the new one is a draft.
  await importInto(page, seedText());
  await page.waitForSelector("#import-result p");
  assert.equal(await page.isChecked("#status"), true);
  // Strengths alone, copied out of a draft: they take the strengths' box, and nothing else of
  // the letter typed so far is lost (the other sections, the recipient, the dates, the stage).
  await page.check("#status-final");
  await page.fill("#council", "Southend-on-Sea Borough Council (typed)");
  const before = await page.evaluate(() => window.inspectionLetter.letter());
  await importInto(page, "Strengths\n\n• Staff know the families well.\n\n• Thresholds are understood.\n");
  await page.waitForFunction(() => document.querySelector("#strengths").value.startsWith("Staff know"));
  const after = await page.evaluate(() => window.inspectionLetter.letter());
  assert.deepEqual(after.findings.strengths, [{ text: "Staff know the families well." }, { text: "Thresholds are understood." }]);
  assert.deepEqual({ ...after, findings: { ...after.findings, strengths: before.findings.strengths } }, before);
  const notes = await page.locator("#import-result li").allInnerTexts();
  assert.ok(!notes.some((n) => n.startsWith("Enter ")), notes.join("\n"));
  await context.close();
});

test("the 2010 template asks for satisfactory practice, and a 2010 letter's text fills it", async () => {
  const { page, context, problems } = await open("/");
  await page.waitForSelector("#preview .il-letter");
  await page.selectOption("#kind", "ucra-2010");
  assert.equal(await page.locator('label[for="meets"]').innerText(), "Satisfactory practice");
  await page.fill("#meets", "Practice is satisfactory.");
  const diagnostics = await page.evaluate(() => window.inspectionLetter.validate());
  assert.ok(!diagnostics.some((d) => d.code === "unknown-section"), JSON.stringify(diagnostics));
  assert.deepEqual((await page.evaluate(() => window.inspectionLetter.letter())).findings, {
    satisfactory_practice: [{ text: "Practice is satisfactory." }],
  });
  // Back to 2011: the field is the middle section of that template again.
  await page.selectOption("#kind", "ucra-2011");
  assert.equal(await page.locator('label[for="meets"]').innerText(), "The service meets the requirements of statutory guidance in the following areas");
  // A 2010 letter pasted while the form is on the 2011 template: the template follows it.
  const letter2010 = JSON.parse(readFileSync(path.join(root, "tests/render/ucra-2010.json"), "utf8"));
  const text = await page.evaluate(async (letter) => (await import("/pkg/inspection_letter.js")).renderText(letter), letter2010);
  await importInto(page, text);
  await page.waitForSelector("#import-result p");
  assert.equal(await page.inputValue("#kind"), "ucra-2010");
  const read = await page.evaluate(() => window.inspectionLetter.letter());
  assert.deepEqual(read.findings.satisfactory_practice, letter2010.findings.satisfactory_practice);
  const notes = await page.locator("#import-result li").allInnerTexts();
  assert.ok(!notes.some((n) => n.includes("/findings/")), notes.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("filling the form from no text says what to do, and the next paste clears it", async () => {
  const { page, context } = await open("/");
  await importInto(page, "   \n");
  const error = page.locator("#import-group .govuk-error-message");
  await error.waitFor();
  assert.equal((await error.textContent()).replace(/\s+/g, " ").trim(), "Error: Paste the text of a letter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "import-text");
  assert.match(await page.getAttribute("#import-text", "aria-describedby"), /import-error/);
  assert.equal(await page.inputValue("#council"), "", "the form is left as it was");
  await page.fill("#import-text", seedText());
  await page.click("#import-button");
  await page.waitForFunction(() => document.querySelector("#council").value !== "");
  assert.equal(await error.count(), 0);
  assert.doesNotMatch(await page.getAttribute("#import-text", "aria-describedby"), /import-error/);
  await context.close();
});

test("the draft survives a reload, and the page works offline once its worker is installed", async () => {
  const { page, context } = await open("/");
  await page.waitForSelector("#preview .il-letter");
  await page.fill("#council", "Draft Borough Council");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("#preview .il-letter");
  assert.equal(await page.inputValue("#council"), "Draft Borough Council");
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("#preview .il-letter");
  assert.equal(await page.inputValue("#council"), "Draft Borough Council");
  assert.match(await page.locator("#preview").innerText(), /Draft Borough Council/);
  await context.setOffline(false);
  await page.click("#clear-draft");
  await page.reload();
  await page.waitForSelector("#preview .il-letter");
  assert.equal(await page.inputValue("#council"), "");
  await context.close();
});

test("a draft that is not an object, or storage that refuses, leaves the demo working", async () => {
  for (const draft of ["5", '"text"', "[1]", "{ not json"]) {
    const { page, context, problems } = await open("/");
    await page.waitForSelector("#preview .il-letter");
    await page.evaluate((d) => localStorage.setItem("inspection-letter-demo-draft", d), draft);
    await page.reload();
    await page.waitForSelector("#preview .il-letter");
    await page.fill("#council", "Draft Borough Council");
    await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("Draft Borough Council"));
    assert.deepEqual(problems, [], draft);
    await context.close();
  }
  // Storage turned off: every use throws, as browsers do when it is blocked or full.
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  await context.addInitScript(() => {
    for (const name of ["getItem", "setItem", "removeItem"]) {
      Storage.prototype[name] = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    }
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${base}/`);
  await page.waitForSelector("#preview .il-letter");
  await page.fill("#council", "Draft Borough Council");
  await page.waitForFunction(() => document.querySelector("#preview").textContent.includes("Draft Borough Council"));
  assert.match(await page.locator("#draft-status").innerText(), /not keeping drafts/);
  await page.click("#clear-draft");
  assert.match(await page.locator("#draft-status").innerText(), /not keeping drafts/);
  // The example, when the server does not give it (no worker has kept it in this context).
  await context.route("**/examples/southend-2011.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.fill("#council", "Draft Borough Council");
  await page.click("#load-example");
  await page.waitForFunction(() => document.querySelector("#draft-status").textContent.includes("could not be loaded"));
  assert.equal(await page.inputValue("#council"), "Draft Borough Council");
  assert.deepEqual(problems, []);
  await context.close();
});

test("attach() on a plain form through options.fields", async () => {
  const { page, context, problems } = await openPlain();
  await page.click("button[type=submit]");
  await page.waitForSelector(".govuk-error-summary");
  const links = await page.locator(".govuk-error-summary a").evaluateAll((as) => as.map((a) => `${a.getAttribute("href")} ${a.textContent}`));
  assert.deepEqual(links, ["#f-surname Enter the recipient surname", "#f-postcode Enter the recipient postcode", "#f-date Enter the letter date", "#f-finding Enter at least one finding"]);
  await page.fill("#f-surname", "Cook");
  await page.fill("#f-postcode", "SS2 6ER");
  await page.fill("#f-date", "2011-05-17");
  // A finding that ends with the kind's sentence for one made at the previous inspection is
  // marked so, without the sentence.
  await page.fill("#f-finding", "Case files are well kept. This was an area for development at the previous inspection.");
  assert.deepEqual((await page.evaluate(() => window.plainBinding.letter())).findings.strengths, [
    { text: "Case files are well kept.", previously_identified: true },
  ]);
  await page.fill("#f-finding", "Managers are readily accessible.");
  const letter = await page.evaluate(() => window.plainBinding.letter());
  assert.equal(letter.recipient.postcode, "SS2 6ER");
  assert.deepEqual(letter.findings.strengths, [{ text: "Managers are readily accessible." }]);
  await Promise.all([page.waitForURL(/submitted\.html/), page.click("button[type=submit]")]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a fix to a repeated area for development keeps its closing sentence", async () => {
  const { page, context, problems } = await openPlain();
  const marker = "This was an area for development at the previous inspection.";
  await page.fill("#f-finding", `  Case files are kept Mon-Fri. ${marker} `);
  await page.evaluate(() => window.plainBinding.validate());
  await page.locator(".il-warnings button", { hasText: "Change to “Mon to Fri”" }).click();
  assert.equal(await page.inputValue("#f-finding"), `Case files are kept Mon to Fri. ${marker}`);
  assert.deepEqual((await page.evaluate(() => window.plainBinding.letter())).findings.strengths, [
    { text: "Case files are kept Mon to Fri.", previously_identified: true },
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("attach() refuses misuse with a clear message and changes nothing", async () => {
  const { page, context, problems } = await openPlain();
  const messages = await page.evaluate(async () => {
    const { attach } = await import("/pkg/inspection_letter.js");
    const form = document.getElementById("plain");
    const cyclic = {};
    cyclic.self = cyclic;
    const cases = [
      [null, {}],
      [document.body, {}],
      [form, { preview: "[[" }],
      [form, { preview: "#nowhere" }],
      [form, { summary: 5 }],
      [form, { fields: 5 }],
      [form, { base: cyclic }],
      [form, { base: ["a list"] }],
      [form, { rules: 5 }],
      [form, { rules: { "sentence-too-long": "loud" } }],
      [form, { today: 5 }],
    ];
    return cases.map(([f, o]) => {
      try {
        attach(f, o);
        return "no error";
      } catch (e) {
        return `${e instanceof Error} ${e.message}`;
      }
    });
  });
  assert.deepEqual(messages.slice(0, 8), [
    "true attach takes a <form> element",
    "true attach takes a <form> element",
    "true options.preview: “[[” is not a CSS selector",
    "true options.preview: nothing on the page matches “#nowhere”",
    "true options.summary must be an element or a CSS selector",
    "true options.fields must be an object of paths and selectors",
    "true options.base: The letter could not be read: it cannot be written as JSON (it may refer to itself, hold a BigInt or be nested thousands of levels deep)",
    "true options.base must be an object",
  ]);
  // The options are checked as validate() checks them, with its messages.
  for (const message of messages.slice(8)) assert.match(message, /^true options/);
  // Nothing was bound: the form still submits without checks of its own and has no messages.
  assert.equal(await page.evaluate(() => document.getElementById("plain").noValidate), true, "the first binding set it");
  assert.equal(await page.locator(".govuk-error-summary").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a path whose index is far past its list's end does not hang the page", { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPlain();
  const letter = await readForm(
    page,
    `<input data-letter-path="/inspection/evidence/0" value="case records">
     <input data-letter-path="/inspection/evidence/99999999999" value="supervision files">
     <input data-letter-path="/inspection/evidence/+1e999" value="notes">`,
    {},
  );
  assert.deepEqual(letter.inspection.evidence, ["case records", "supervision files", "notes"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("attach() reads every kind of control into the letter", async () => {
  const { page, context, problems } = await openPlain();
  const letter = await readForm(
    page,
    `<input data-letter-path="/council" value="  Southend-on-Sea Borough Council ">
      <input data-letter-path="/recipient/surname" value="   ">
      <textarea data-letter-path="/recipient/address">Civic Centre\r\n\n  Victoria Avenue  \nSouthend-on-Sea</textarea>
      <textarea data-letter-path="/inspection/evidence">One line</textarea>
      <input data-letter-path="/date" data-letter-part="day" value="7">
      <input data-letter-path="/date" data-letter-part="month" value="5">
      <input data-letter-path="/date" data-letter-part="year" value="2011">
      <input data-letter-path="/previous_inspection/month" data-letter-part="month" value="6">
      <input data-letter-path="/previous_inspection/month" data-letter-part="year" value="2010">
      <input data-letter-path="/inspection/dates/" value=" 2011-04-12 ">
      <input data-letter-path="/inspection/dates/" value="">
      <input data-letter-path="/inspection/dates/" value="2011-04-13">
      <textarea data-letter-path="/findings/strengths/" data-letter-split="paragraphs">First   finding.
  Still the first.

Second. This was an area for development at the previous inspection.

</textarea>
      <input type="checkbox" data-letter-path="/findings/strengths/0/previously_identified" checked>
      <input type="checkbox" data-letter-path="/signatory/unused" >
      <select data-letter-path="/kind"><option value="ucra-2011" selected>2011</option></select>`,
    { base: { recipient: { title: "Ms" } } },
  );
  assert.deepEqual(letter, {
    recipient: { title: "Ms", address: ["Civic Centre", "Victoria Avenue", "Southend-on-Sea"] },
    council: "  Southend-on-Sea Borough Council ",
    inspection: { evidence: ["One line"], dates: ["2011-04-12", "2011-04-13"] },
    date: "2011-05-07",
    previous_inspection: { month: "2010-06" },
    findings: {
      strengths: [
        { text: "First finding. Still the first.", previously_identified: true },
        { text: "Second.", previously_identified: true },
      ],
    },
    kind: "ucra-2011",
  });
  assert.deepEqual(problems, []);
  await context.close();
});

/** Markup with every kind of control the binding reads (and `fill` writes). */
const EVERY_CONTROL = `
  <input type="radio" name="kind" data-letter-path="/kind" value="ucra-2011" checked>
  <input type="radio" name="kind" data-letter-path="/kind" value="ucra-2010">
  <input data-letter-path="/council">
  <input data-letter-path="/date" data-letter-part="day"><input data-letter-path="/date" data-letter-part="month"><input data-letter-path="/date" data-letter-part="year">
  <input data-letter-path="/previous_inspection/month" data-letter-part="month"><input data-letter-path="/previous_inspection/month" data-letter-part="year">
  <input type="date" data-letter-path="/inspection/dates/"><input type="date" data-letter-path="/inspection/dates/">
  <input type="checkbox" data-letter-path="/inspection/evidence/" value="case records">
  <input type="checkbox" data-letter-path="/inspection/evidence/" value="supervision files">
  <input type="checkbox" data-letter-path="/inspection/evidence/" value="observation of duty work">
  <textarea data-letter-path="/recipient/address"></textarea>
  <select data-letter-path="/recipient/title"><option value="">–</option><option>Ms</option><option>Mr</option></select>
  <textarea data-letter-path="/findings/strengths/" data-letter-split="paragraphs"></textarea>
  <input data-letter-path="/findings/areas_for_development/"><input data-letter-path="/findings/areas_for_development/">
  <input type="checkbox" data-letter-path="/findings/areas_for_development/0/previously_identified">`;

test("attach() reads the checked radio, and a list from checkboxes", async () => {
  const { page, context } = await openPlain();
  const letter = await readForm(page, EVERY_CONTROL.replace('value="case records"', 'value="case records" checked').replace('value="observation of duty work"', 'value="observation of duty work" checked'));
  assert.equal(letter.kind, "ucra-2011", "the checked radio, not the last");
  assert.deepEqual(letter.inspection, { evidence: ["case records", "observation of duty work"] });
  await context.close();
});

test("an error on GOV.UK radios is shown before the radios, the group marked, not each radio", async () => {
  const { page, context } = await openPlain();
  const shown = await page.evaluate(async () => {
    const { attach } = await import("/pkg/inspection_letter.js");
    const form = window.__form(`<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend>Letter template</legend>
      <div class="govuk-radios">
        <div class="govuk-radios__item"><input class="govuk-radios__input" type="radio" name="kind" id="k1" value="ucra-2011" data-letter-path="/kind"><label for="k1">2011</label></div>
        <div class="govuk-radios__item"><input class="govuk-radios__input" type="radio" name="kind" id="k2" value="ucra-2010" data-letter-path="/kind"><label for="k2">2010</label></div>
      </div></fieldset></div>`);
    const binding = attach(form, {});
    const kindError = binding.validate().find((d) => d.path === "/kind");
    const note = form.querySelector(".govuk-error-message");
    const answer = {
      code: kindError?.code,
      noteBeforeRadios: note?.nextElementSibling?.classList.contains("govuk-radios") ?? false,
      groupMarked: form.querySelector(".govuk-form-group").classList.contains("govuk-form-group--error"),
      radioClasses: [...form.querySelectorAll("input")].map((r) => r.className),
      link: document.querySelector(".govuk-error-summary a[href='#k1']") !== null,
    };
    binding.detach();
    form.remove();
    return answer;
  });
  assert.deepEqual(shown, {
    code: "required-field",
    noteBeforeRadios: true,
    groupMarked: true,
    radioClasses: ["govuk-radios__input", "govuk-radios__input"],
    link: true,
  });
  await context.close();
});

test("fill() writes a letter into every kind of control, and letter() reads the same letter back", async () => {
  const { page, context, problems } = await openPlain();
  const letter = {
    kind: "ucra-2010",
    council: "Southend-on-Sea Borough Council",
    date: "2011-05-07",
    previous_inspection: { month: "2010-06" },
    inspection: { dates: ["2011-04-12", "2011-04-13"], evidence: ["case records", "observation of duty work"] },
    recipient: { address: ["Civic Centre", "Victoria Avenue"], title: "Mr" },
    findings: {
      strengths: [{ text: "First finding." }, { text: "Second finding.", previously_identified: true }],
      areas_for_development: [{ text: "One.", previously_identified: true }, { text: "Two." }],
    },
  };
  const answer = await page.evaluate(
    async ([html, letter, extra]) => {
      const { attach } = await import("/pkg/inspection_letter.js");
      const form = window.__form(html);
      const heard = [];
      form.addEventListener("input", (e) => heard.push(e.target.getAttribute("data-letter-path")));
      const binding = attach(form, {});
      const first = { notTaken: binding.fill(letter), read: binding.letter(), heard: heard.length };
      const again = binding.fill(letter);
      const heardAgain = heard.length - first.heard;
      const second = { notTaken: binding.fill(extra), read: binding.letter() };
      binding.detach();
      form.remove();
      return { first, again, second, heardAgain };
    },
    [EVERY_CONTROL, letter, {
      ...letter,
      status: "final",
      recipient: { title: "Dr" },
      inspection: { dates: ["2011-04-12", "2011-04-13", "2011-04-14"], evidence: ["case records", "notes"] },
      signatory: { name: "Pietro Battista" },
    }],
  );
  assert.deepEqual(answer.first.read, letter);
  assert.deepEqual(answer.first.notTaken, []);
  assert.ok(answer.first.heard > 0, "the page hears of the new values");
  assert.deepEqual(answer.again, [], "filling the same letter again");
  assert.equal(answer.heardAgain, 0, "changes nothing the second time, and says nothing");
  // What the form has no control or option for is named, not dropped in silence.
  assert.deepEqual(answer.second.notTaken, ["/inspection/dates/2", "/inspection/evidence/1", "/recipient/title", "/status", "/signatory/name"]);
  assert.deepEqual(answer.second.read.inspection, { dates: ["2011-04-12", "2011-04-13"], evidence: ["case records"] });
  assert.deepEqual(problems, []);
  await context.close();
});

test("fill() refuses what is not a letter with a clear message and changes nothing", async () => {
  const { page, context } = await openPlain();
  const answer = await page.evaluate(async (html) => {
    const { attach } = await import("/pkg/inspection_letter.js");
    const form = window.__form(html);
    const binding = attach(form, {});
    const cyclic = {};
    cyclic.self = cyclic;
    const said = [];
    for (const bad of [null, undefined, [], "letter", 7, cyclic, 10n, () => cyclic]) {
      try {
        binding.fill(bad);
        said.push("no error");
      } catch (error) {
        said.push(`${error instanceof Error} ${error.message}`);
      }
    }
    const unchanged = form.querySelector('[data-letter-path="/council"]').value === "" && binding.letter().kind === "ucra-2011";
    binding.detach();
    form.remove();
    return { said, unchanged };
  }, EVERY_CONTROL);
  const notObject = "true fill: the letter must be an object";
  const notJson = "true fill: the letter: The letter could not be read: it cannot be written as JSON (it may refer to itself, hold a BigInt or be nested thousands of levels deep)";
  assert.deepEqual(answer.said, [notObject, notObject, notObject, notObject, notObject, notJson, notJson, notJson]);
  assert.ok(answer.unchanged);
  await context.close();
});

test("the custom element binds the form it wraps", async () => {
  const { page, context, problems } = await open("/element.html");
  await page.waitForSelector("#element-preview .il-letter");
  await page.fill("#e-council", "Southend-on-Sea Borough Council");
  await page.waitForFunction(() => document.querySelector("#element-preview").textContent.includes("Southend-on-Sea Borough Council children"));
  assert.match(await page.locator("#element-preview").innerText(), /Dear Ms Cook/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the custom element says what is wrong with its attributes, and throws nothing", async () => {
  const { page, context, problems } = await open("/element.html");
  await page.waitForSelector("#element-preview .il-letter");
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const said = await page.evaluate(async () => {
    const cases = [
      ["#nowhere", null],
      ["##", null],
      ["#broken-base", "{ not json"],
    ];
    const results = [];
    for (const [base, json] of cases) {
      if (json !== null) {
        const holder = document.createElement("script");
        holder.type = "application/json";
        holder.id = base.slice(1);
        holder.textContent = json;
        document.body.append(holder);
      }
      const element = document.createElement("inspection-letter-form");
      element.setAttribute("base", base);
      element.innerHTML = '<form><input data-letter-path="/council"></form>';
      results.push(await new Promise((resolve) => {
        element.addEventListener("inspection-letter:error", (e) => resolve(e.detail.error.message), { once: true });
        element.addEventListener("inspection-letter:ready", () => resolve("bound"), { once: true });
        setTimeout(() => resolve("nothing said in 5 s"), 5000);
        document.body.append(element);
      }));
      element.remove();
    }
    return results;
  });
  assert.deepEqual(said, [
    'base="#nowhere" finds no element on the page',
    'base="##" is not a CSS selector',
    said[2].startsWith('the letter in base="#broken-base" is not JSON: ') ? said[2] : "a JSON message",
  ]);
  assert.equal(errors.length, 3);
  assert.ok(errors.every((e) => e.startsWith("<inspection-letter-form>: ")), errors.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the event lets a page draw its own messages", async () => {
  const { page, context } = await open("/");
  await page.waitForSelector("#preview .il-letter");
  const detail = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener("inspection-letter:validate", (e) => {
      e.preventDefault();
      resolve({ codes: e.detail.diagnostics.map((d) => d.code), kind: e.detail.letter.kind });
    }, { once: true });
    document.getElementById("submit").click();
  }));
  assert.equal(detail.kind, "ucra-2011");
  assert.ok(detail.codes.includes("required-field"));
  assert.equal(await page.locator(".govuk-error-summary").count(), 0, "a cancelled event suppresses the built-in messages");
  await context.close();
});

test("a whole visit under the strict policy: no violation", async () => {
  const { page, context, problems } = await open("/");
  await loadExample(page);
  await page.fill("#postcode", "nonsense");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  await page.fill("#postcode", "SS2 6ER");
  await page.emulateMedia({ media: "print" });
  // On paper, the letter whole (its letterhead too) and nothing of the page around it.
  const printed = await page.evaluate(() =>
    Object.fromEntries(
      ["body > header", "#import", "form", ".il-warnings", ".il-letter", ".il-letterhead", ".il-letter h2, .il-letter h3"].map((selector) => {
        const element = document.querySelector(selector);
        return [selector, element !== null && element.getClientRects().length > 0];
      }),
    ));
  assert.deepEqual(printed, {
    "body > header": false, "#import": false, form: false, ".il-warnings": false,
    ".il-letter": true, ".il-letterhead": true, ".il-letter h2, .il-letter h3": true,
  });
  await page.pdf({ path: path.join(root, "target/demo-print.pdf") }).catch(() => {});
  await page.emulateMedia({ media: "screen" });
  await Promise.all([page.waitForURL(/submitted\.html/), page.click("#submit")]);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the package works in a module worker under the strict policy, off the page's thread", { timeout: 60_000 }, async () => {
  const { page, context, problems } = await open("/plain.html");
  // A worker a council's page might have: it starts the package itself and checks what it is sent.
  const worker = `import init, { validate, renderHtml } from "/pkg/inspection_letter.js";
const ready = init();
self.onmessage = async (e) => {
  try {
    await ready;
    self.postMessage({ diagnostics: validate(e.data), html: renderHtml(e.data) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};`;
  await context.route("**/check-worker.js", (route) =>
    route.fulfill({ contentType: "text/javascript", headers: { "Content-Security-Policy": CSP }, body: worker }));
  const answer = await page.evaluate(async () => {
    const { default: init, validate, renderHtml } = await import("/pkg/inspection_letter.js");
    await init();
    const letter = await (await fetch("/examples/southend-2011.json")).json();
    letter.recipient.postcode = "nonsense";
    const worker = new Worker("/check-worker.js", { type: "module" });
    const reply = await new Promise((done, fail) => {
      worker.onmessage = (e) => done(e.data);
      worker.onerror = (e) => fail(new Error(e.message ?? "worker failed"));
      worker.postMessage(letter);
    });
    worker.terminate();
    return { reply, page: { diagnostics: validate(letter), html: renderHtml(letter) } };
  });
  assert.equal(answer.reply.error, undefined, "the worker started the package");
  assert.ok(answer.reply.diagnostics.some((d) => d.path === "/recipient/postcode" && d.severity === "error"));
  assert.deepEqual(answer.reply, answer.page, "the worker and the page give the same answers");
  assert.deepEqual(problems, []);
  await context.close();
});

test("axe-core finds no violations: empty, with errors, filled", async () => {
  const { page, context } = await open("/", { bypassCSP: true });
  await page.waitForSelector("#preview .il-letter");
  const axe = async (state) => {
    await page.addScriptTag({ path: path.join(root, "node_modules/axe-core/axe.min.js") });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    assert.deepEqual(found, [], state);
  };
  await axe("empty");
  await page.click("#submit");
  await page.waitForSelector(".govuk-error-summary");
  await axe("errors");
  await page.click("#import summary");
  await page.click("#import-button");
  await page.waitForSelector("#import-group .govuk-error-message");
  await axe("import box with its error");
  await loadExample(page);
  await axe("filled");
  await context.close();
});
