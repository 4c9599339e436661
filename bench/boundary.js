// Reading a letter as JSON text (the package's way: JSON.stringify in JavaScript, the text read
// in Rust, diagnostics back as JSON text for JSON.parse) against reading it through
// serde-wasm-bindgen (Rust walks the JavaScript object; diagnostics built as JavaScript objects
// by its JSON-compatible serializer). Needs a package built with `--features boundary-bench`
// (scripts/measure-boundary.sh). Runs in Node and in a page: `measure(pkg, letters)` gives the
// median per call of each way, in µs, for each letter.

/** Median time per call in µs: 15 batches long enough for a coarse timer. */
function perCall(fn) {
  let n = 1;
  while (true) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - start > 25) break;
    n *= 2;
  }
  const samples = [];
  for (let b = 0; b < 15; b++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - start) * 1000) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[7];
}

/** Two copies of a letter that differ only in key order, taken in turn, so that no call finds
 * its letter kept from the call before. */
function alternating(letter) {
  const { kind, ...rest } = letter;
  const pair = [letter, { ...rest, kind }];
  let i = 0;
  return () => pair[(i ^= 1)];
}

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
      validate_json: perCall(() => pkg.validate(next())),
      validate_serde: perCall(() => pkg.validateThroughSerde(next())),
      renderHtml_json: perCall(() => pkg.renderHtml(next())),
      renderHtml_serde: perCall(() => pkg.renderHtmlThroughSerde(next())),
    };
  }
  return results;
}
