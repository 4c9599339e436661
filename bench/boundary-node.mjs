// The boundary comparison (bench/boundary.js) in Node: node bench/boundary-node.mjs PKG_DIR LETTERS_DIR
import { readFileSync } from "node:fs";
import path from "node:path";
import { measure } from "./boundary.js";

const [dir, lettersDir] = process.argv.slice(2).map((d) => path.resolve(d));
const pkg = await import(path.join(dir, "inspection_letter.js"));
pkg.initSync({ module: readFileSync(path.join(dir, "inspection_letter_bg.wasm")) });
const letters = {};
for (const name of ["seed", "findings-100"]) {
  letters[name] = JSON.parse(readFileSync(path.join(lettersDir, `${name}.json`), "utf8"));
}
console.log(JSON.stringify(measure(pkg, letters)));
