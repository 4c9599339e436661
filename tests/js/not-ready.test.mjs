// The package used before `init()`: every export throws an Error that says what to do (not
// wasm-bindgen's "Cannot read properties of undefined"), and the package works once started.
// A file of its own: node --test runs each file in its own process, so the module is new here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

import * as il from "../../pkg/inspection_letter.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test("every export used before init() says to call init() first; then they answer", () => {
  for (const name of ["validate", "renderHtml", "renderText", "importText", "schema", "rules", "kinds", "version"]) {
    assert.throws(() => il[name]({}), /inspection-letter is not ready: await its default export, init\(\), first/, name);
  }
  il.initSync({ module: readFileSync(path.join(root, "pkg/inspection_letter_bg.wasm")) });
  assert.match(il.version(), /^\d+\.\d+\.\d+/);
  assert.ok(il.validate({}).length > 0);
  // A second start is harmless: the module is not instantiated again.
  il.initSync({ module: readFileSync(path.join(root, "pkg/inspection_letter_bg.wasm")) });
  assert.ok(il.rules().length > 40);
});
