// Two builds of the browser package side by side in one Node process: `validate` + `renderHtml`
// of the seed, alternating two copies of it that differ only in key order (so that no call
// finds its letter kept from the call before), in 30 batches of 200 calls each, the builds
// taking turns. Prints each build's median and fastest batch, in µs a call.
//   node bench/ab-node.mjs OLD_PKG_DIR NEW_PKG_DIR
// (build each with scripts/build-pkg.sh and copy pkg/ away between the two builds)
import { readFileSync } from "node:fs";
import path from "node:path";

const [dirA, dirB] = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirA || !dirB) {
  console.error("usage: node bench/ab-node.mjs OLD_PKG_DIR NEW_PKG_DIR");
  process.exit(2);
}
const load = async (dir) => {
  const m = await import(path.join(dir, "inspection_letter.js"));
  m.initSync({ module: readFileSync(path.join(dir, "inspection_letter_bg.wasm")) });
  return m;
};
const [a, b] = [await load(dirA), await load(dirB)];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const seed = JSON.parse(readFileSync(path.join(root, "tests/fixtures/southend-2011.json"), "utf8"));
const other = Object.fromEntries(Object.entries(seed).reverse());
const batch = (m, n) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const letter = i % 2 ? seed : other;
    m.validate(letter);
    m.renderHtml(letter);
  }
  return ((performance.now() - start) * 1000) / n;
};
batch(a, 500);
batch(b, 500);
const times = [[], []];
for (let k = 0; k < 30; k++) {
  times[0].push(batch(a, 200));
  times[1].push(batch(b, 200));
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const [name, xs] of [[dirA, times[0]], [dirB, times[1]]]) {
  console.log(`${name}: median ${median(xs).toFixed(1)} µs, fastest ${Math.min(...xs).toFixed(1)} µs`);
}
