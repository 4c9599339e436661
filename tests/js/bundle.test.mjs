// The package as a bundler meets it: installed under node_modules, imported by its package
// name and its `exports` paths, bundled by esbuild (which honours `sideEffects` as webpack and
// Rollup do). A file imported only for what it does when loaded (the custom element registers
// itself) must survive the bundling, and the module's exports must reach the bundle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function bundle(entry) {
  const dir = mkdtempSync(path.join(tmpdir(), "il-bundle-"));
  try {
    mkdirSync(path.join(dir, "node_modules"));
    symlinkSync(path.join(root, "pkg"), path.join(dir, "node_modules/inspection-letter"), "dir");
    writeFileSync(path.join(dir, "entry.js"), entry);
    const result = esbuild.buildSync({
      entryPoints: [path.join(dir, "entry.js")],
      bundle: true,
      format: "esm",
      write: false,
      logLevel: "silent",
      loader: { ".css": "css" },
      outdir: path.join(dir, "out"),
    });
    return {
      warnings: result.warnings.map((w) => w.text),
      js: result.outputFiles.find((f) => f.path.endsWith(".js")).text,
      css: result.outputFiles.find((f) => f.path.endsWith(".css"))?.text ?? "",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("importing the custom element for its side effect keeps it in a bundle", () => {
  const { js, warnings } = bundle('import "inspection-letter/element";\n');
  assert.match(js, /customElements\.define\(\s*"inspection-letter-form"/);
  assert.deepEqual(warnings, []);
});

test("importing the stylesheet keeps it in a bundle", () => {
  const { css } = bundle('import "inspection-letter/inspection-letter.css";\n');
  assert.match(css, /\.il-letter/);
});

test("the package's exports reach a bundle by its name", () => {
  const { js, warnings } = bundle('import init, { validate, attach } from "inspection-letter";\nwindow.x = [init, validate, attach];\n');
  assert.match(js, /inspection_letter_bg\.wasm/);
  assert.deepEqual(warnings, []);
});

test("package.json names every file it ships, and they exist", () => {
  const manifest = JSON.parse(readFileSync(path.join(root, "pkg/package.json"), "utf8"));
  for (const file of manifest.files) readFileSync(path.join(root, "pkg", file));
  for (const target of Object.values(manifest.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e)))) {
    assert.ok(manifest.files.includes(target.replace(/^\.\//, "")), target);
  }
});
