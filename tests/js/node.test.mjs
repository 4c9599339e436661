// The browser package loaded in Node: the exports answer exactly as the native command line does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

import init, * as il from "../../pkg/inspection_letter.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = process.env.INSPECTION_LETTER_BIN ?? path.join(root, "target/release/inspection-letter");
il.initSync({ module: readFileSync(path.join(root, "pkg/inspection_letter_bg.wasm")) });

const seedPath = path.join(root, "tests/fixtures/southend-2011.json");
const seed = JSON.parse(readFileSync(seedPath, "utf8"));

function native(args) {
  try {
    return execFileSync(cli, args, { encoding: "utf8" });
  } catch (e) {
    if (e.status === 1) return e.stdout; // letters with errors exit 1
    throw e;
  }
}

test("the seed validates to no errors", () => {
  const diagnostics = il.validate(seed);
  assert.deepEqual(diagnostics.filter((d) => d.severity === "error"), []);
  assert.ok(diagnostics.some((d) => d.code === "words-to-avoid" && d.message.includes("robust")));
});

test("every export exists as contract §3 names it", () => {
  for (const name of ["validate", "renderHtml", "renderText", "importText", "schema", "rules", "kinds", "version"]) {
    assert.equal(typeof il[name], "function", name);
  }
  assert.equal(typeof init, "function");
  assert.match(il.version(), /^\d+\.\d+\.\d+/);
  assert.equal(il.schema().$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.deepEqual(il.kinds().map((k) => k.id), ["ucra-2010", "ucra-2011"]);
  assert.ok(il.rules().some((r) => r.code === "wrong-type" && r.docs.includes("## What it checks")));
});

test("diagnostics, text and HTML are identical to the native command line", () => {
  const letters = readdirSync(path.join(root, "tests/letters")).filter((f) => f.endsWith(".json"));
  assert.ok(letters.length > 5);
  // Whole-letter fixtures compare directly; the seed stands for the rest.
  for (const file of [seedPath, ...letters.map((f) => path.join(root, "tests/letters", f))]) {
    const letter = JSON.parse(readFileSync(file, "utf8"));
    if (letter && letter.$seed) continue;
    assert.deepEqual(il.validate(letter), JSON.parse(native(["check", file])), file);
    assert.equal(il.renderText(letter), native(["render", file, "--text"]), file);
    assert.equal(il.renderHtml(letter), native(["render", file, "--html"]), file);
  }
});

test("broken letters give diagnostics at their paths, never an exception", () => {
  const broken = structuredClone(seed);
  broken.date = 17;
  broken.recipent = {};
  delete broken.recipient.postcode;
  const paths = il.validate(broken).map((d) => `${d.code} ${d.path}`);
  assert.ok(paths.includes("wrong-type /date"), paths.join("\n"));
  assert.ok(paths.includes("unknown-key /recipent"), paths.join("\n"));
  assert.ok(paths.includes("required-field /recipient/postcode"), paths.join("\n"));
  for (const hostile of [null, undefined, 17, "text", [], true, () => 1, Symbol("s"), 10n, new Map()]) {
    assert.ok(Array.isArray(il.validate(hostile)), String(hostile));
    assert.equal(typeof il.renderHtml(hostile), "string");
    assert.equal(typeof il.renderText(hostile), "string");
  }
  const cyclic = structuredClone(seed);
  cyclic.self = cyclic;
  assert.match(il.validate(cyclic)[0].message, /could not be read/);
  // Values JSON cannot write (a function or a symbol gives no text, a BigInt throws) are said
  // to be so, not read as some other letter.
  for (const unwritable of [() => 1, Symbol("s"), 10n, cyclic]) {
    const found = il.validate(unwritable);
    assert.equal(found.length, 1, String(found.map((d) => d.message)));
    assert.match(found[0].message, /cannot be written as JSON/);
  }
});

test("options of the wrong shape throw a clear Error", () => {
  assert.throws(() => il.validate(seed, { rules: { "wrong-type": "loud" } }), /must be "off", "warning" or "error"/);
  assert.throws(() => il.validate(seed, 17), /options must be an object/);
  assert.throws(() => il.validate(seed, { today: "tomorrow" }), /options.today/);
});

test("importText reads the seed's text back to its JSON, as the command line does", () => {
  const textPath = path.join(root, "tests/fixtures/southend-2011.txt");
  const imported = il.importText(readFileSync(textPath, "utf8"));
  assert.deepEqual(imported.letter, seed);
  assert.deepEqual(imported.diagnostics, []);
  assert.deepEqual(imported.letter, JSON.parse(native(["import", textPath])));
  assert.throws(() => il.importText(17), /takes the letter's text as a string/);
});

test("the package's declarations use no `any` in its public API", () => {
  const dts = readFileSync(path.join(root, "pkg/inspection_letter.d.ts"), "utf8");
  const publicPart = dts.split("export type InitInput")[0];
  for (const name of ["Letter", "Diagnostic", "Options", "RuleInfo", "KindInfo", "AttachOptions"]) {
    assert.match(publicPart, new RegExp(`export interface ${name} \\{`), name);
  }
  assert.doesNotMatch(publicPart, /\bany\b/);
});

test("hostile shapes: deep nesting, huge and odd text, many findings, all answered", () => {
  let deep = {};
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  const nested = il.validate({ ...seed, findings: deep });
  assert.ok(Array.isArray(nested) && nested.length > 0);
  assert.match(nested[0].message, /cannot be written as JSON .*nested/);
  let twoHundred = {};
  for (let i = 0; i < 200; i++) twoHundred = { a: twoHundred };
  const [limit200] = il.validate({ ...seed, findings: twoHundred });
  assert.equal(limit200.code, "wrong-type");
  assert.match(limit200.message, /could not be read: recursion limit exceeded at line 1 column \d+/);
  assert.equal(typeof il.renderHtml({ ...seed, recipient: deep }), "string");

  const huge = structuredClone(seed);
  huge.findings.strengths[0].text = "Staff are well supported. ".repeat(400_000);
  const hugeCodes = il.validate(huge).map((d) => d.code);
  assert.ok(hugeCodes.includes("text-too-long"));

  const many = structuredClone(seed);
  many.findings.strengths = Array.from({ length: 50_000 }, () => ({ text: "Staff are well supported." }));
  const manyDiagnostics = il.validate(many);
  assert.equal(manyDiagnostics.filter((d) => d.code === "duplicate-finding").length, 49_999);
  assert.ok(manyDiagnostics.some((d) => d.code === "text-too-long" && d.path === "/findings"));

  const hundredThousand = structuredClone(seed);
  hundredThousand.findings.meets_requirements = Array.from({ length: 100_000 }, (_, i) => ({ text: `Finding number ${i} is recorded.` }));
  const limit = il.validate(hundredThousand).find((d) => d.code === "text-too-long" && d.path === "/findings");
  assert.match(limit.message, /100006 findings/);
  assert.equal(il.renderHtml(hundredThousand).split('<li class="il-finding">').length - 1, 100_006);

  const odd = structuredClone(seed);
  odd.council = "\ud800\udfff\u0000\u202e\uffff\u{10ffff}\ud83d";
  assert.ok(il.validate(odd).some((d) => d.code === "invisible-character" && d.path === "/council"));
  assert.match(il.renderText(odd), /\ufffd/);
});
