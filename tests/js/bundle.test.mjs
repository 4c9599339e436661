// The package as a bundler and a Node back end meet it: installed under node_modules, imported
// by its package name and its `exports` paths, bundled by esbuild (which honours `sideEffects`
// as webpack and Rollup do) or run by Node as the README shows. A file imported only for what it does when loaded (the custom element registers
// itself) must survive the bundling, and the module's exports must reach the bundle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A directory with the package installed in its node_modules, and `file` written in it. */
function installed(file, text) {
  const dir = mkdtempSync(path.join(tmpdir(), "il-installed-"));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(path.join(root, "pkg"), path.join(dir, "node_modules/inspection-letter"), "dir");
  writeFileSync(path.join(dir, file), text);
  return dir;
}

function bundle(entry) {
  const dir = installed("entry.js", entry);
  try {
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

test("Node starts the installed package from its bytes, as the README shows", () => {
  const dir = installed(
    "server.mjs",
    `import { readFileSync } from "node:fs";
import { initSync, validate } from "inspection-letter";

initSync({ module: readFileSync(new URL(import.meta.resolve("inspection-letter/inspection_letter_bg.wasm"))) });
const errors = validate({ kind: "ucra-2011" }).filter((d) => d.severity === "error");
console.log(JSON.stringify(errors.map((d) => d.path)));
`,
  );
  try {
    const paths = JSON.parse(execFileSync(process.execPath, [path.join(dir, "server.mjs")], { encoding: "utf8" }));
    assert.ok(paths.includes("/council"), paths.join(" "));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
