// Reading a letter as JSON text (the package's way: JSON.stringify in JavaScript, the text read
// in Rust, diagnostics back as JSON text for JSON.parse) against reading it through
// serde-wasm-bindgen (Rust walks the JavaScript object; diagnostics built as JavaScript objects
// by its JSON-compatible serializer). Needs a package built with `--features boundary-bench`
// (scripts/measure-boundary.sh). Runs in Node and in a page: `measure(pkg, letters)` gives the
// median per call of each way, in µs, for each letter.

import { alternating, perCall } from "./timing.js";

export function measure(pkg, letters) {
  const results = {};
  for (const [name, letter] of Object.entries(letters)) {
    // Both ways must give the same answers before their times mean anything.
    const a = JSON.stringify(pkg.validate(letter));
    const b = JSON.stringify(pkg.validateThroughSerde(letter));
    if (a !== b) throw new Error(`${name}: the two ways give different diagnostics`);
    if (pkg.renderHtml(letter) !== pkg.renderHtmlThroughSerde(letter)) {
      throw new Error(`${name}: the two ways give different previews`);
    }
    const next = alternating(letter);
    const warm = performance.now() + 1000;
    while (performance.now() < warm) {
      pkg.validate(next());
      pkg.validateThroughSerde(next());
      pkg.renderHtml(next());
      pkg.renderHtmlThroughSerde(next());
    }
    results[name] = {
      validate_json: perCall(() => pkg.validate(next()), 15),
      validate_serde: perCall(() => pkg.validateThroughSerde(next()), 15),
      renderHtml_json: perCall(() => pkg.renderHtml(next()), 15),
      renderHtml_serde: perCall(() => pkg.renderHtmlThroughSerde(next()), 15),
    };
  }
  return results;
}
