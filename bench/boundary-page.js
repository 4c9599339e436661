// The boundary comparison (bench/boundary.js) in a page, on the package built with
// `--features boundary-bench` into boundary-pkg/ (scripts/measure-boundary.sh).
import init, * as pkg from "./boundary-pkg/inspection_letter.js";
import { measure } from "./boundary.js";

await init({ module_or_path: "./boundary-pkg/inspection_letter_bg.wasm" });
const letters = {};
for (const name of ["seed", "findings-100"]) letters[name] = await (await fetch(`letters/${name}.json`)).json();
const results = measure(pkg, letters);
document.getElementById("out").textContent = JSON.stringify(results, null, 2);
window.boundaryResults = results;
// For scripts/page-runs.mjs, which waits for this word rather than polling the page.
console.log("boundaryResults");
