// scripts/short-import-names.mjs (a step of scripts/build-pkg.sh) on small made-up packages: it
// renames the glue's imports in both files, and stops without writing when a name is not in the
// glue exactly once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = path.join(root, "scripts/short-import-names.mjs");

const name = (text) => [text.length, ...Buffer.from(text)];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];
// A module with one function type, two functions imported from the glue, a memory imported
// from elsewhere, and an export.
const wasm = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]),
  ...section(2, [
    3,
    ...name("./inspection_letter_bg.js"), ...name("__wbg_alert_0123456789abcdef"), 0, 0,
    ...name("./inspection_letter_bg.js"), ...name("__wbindgen_init_externref_table"), 0, 0,
    ...name("env"), ...name("memory"), 2, 0, 1,
  ]),
  ...section(7, [1, ...name("run"), 0, 0]),
]);

function packageWith(glue) {
  const dir = mkdtempSync(path.join(tmpdir(), "short-names-"));
  writeFileSync(path.join(dir, "inspection_letter_bg.wasm"), wasm);
  writeFileSync(path.join(dir, "inspection_letter.js"), glue);
  return dir;
}
const run = (dir) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

test("the glue's imports get short names in the module and in the glue alike", () => {
  const dir = packageWith(
    'const i={"./inspection_letter_bg.js":{__wbg_alert_0123456789abcdef:function(){},__wbindgen_init_externref_table:function(){}}};',
  );
  const result = run(dir);
  assert.equal(result.status, 0, result.stderr);
  const module = new WebAssembly.Module(readFileSync(path.join(dir, "inspection_letter_bg.wasm")));
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: "a", name: "a", kind: "function" },
    { module: "a", name: "b", kind: "function" },
    { module: "env", name: "memory", kind: "memory" },
  ]);
  assert.deepEqual(WebAssembly.Module.exports(module), [{ name: "run", kind: "function" }]);
  assert.equal(readFileSync(path.join(dir, "inspection_letter.js"), "utf8"), 'const i={"a":{a:function(){},b:function(){}}};');
});

test("a name the glue also uses elsewhere stops it, and nothing is written", () => {
  const glue =
    'const i={"./inspection_letter_bg.js":{__wbg_alert_0123456789abcdef:function(){},__wbindgen_init_externref_table:function(){}}};i.__wbindgen_init_externref_table();';
  const dir = packageWith(glue);
  const result = run(dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /__wbindgen_init_externref_table is in the glue 2 times/);
  assert.equal(readFileSync(path.join(dir, "inspection_letter.js"), "utf8"), glue);
  assert.deepEqual(readFileSync(path.join(dir, "inspection_letter_bg.wasm")), wasm);
});
