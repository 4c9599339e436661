// Timing helpers shared by the browser benchmarks (bench/bench.js, bench/boundary.js).

/** Median time per call in µs over `batches` batches of calls, each batch long enough
 * (≥ 25 ms) for the browser's coarse timer. */
export function perCall(fn, batches = 11) {
  let n = 1;
  while (true) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - start > 25) break;
    n *= 2;
  }
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - start) * 1000) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[batches >> 1];
}

/** Two copies of a letter that differ only in the order of their keys, taken in turn: the same
 * content and the same work, but not the same JSON text, so that no call finds its letter kept
 * by the package from the call before. */
export function alternating(letter) {
  const { kind, ...rest } = letter;
  const pair = [letter, { ...rest, kind }];
  let i = 0;
  return () => pair[(i ^= 1)];
}
