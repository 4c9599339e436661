// Reads divan's table (target/bench-native.txt) and draws time against findings as an SVG,
// log-log, one line per operation.  node scripts/bench-chart.mjs IN.txt OUT.svg
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
const units = { ns: 1e-3, "µs": 1, us: 1, ms: 1e3, s: 1e6 };
const series = {};
let group = null;
for (const line of readFileSync(input, "utf8").split("\n")) {
  // A group's heading: only the `*_findings` groups are drawn (not import_text_megabytes).
  const head = line.match(/^[├╰]─ (\w+)/);
  if (head) { group = head[1].endsWith("_findings") ? head[1] : null; continue; }
  const row = line.match(/^│\s+[├╰]─ (\d+)\s+\S+ \S+\s+│\s+\S+ \S+\s+│\s+([\d.]+) (ns|µs|us|ms|s)\s/);
  if (row && group) (series[group] ??= []).push([Number(row[1]), Number(row[2]) * units[row[3]]]);
}
const names = Object.keys(series);
if (!names.length) throw new Error(`no *_findings rows in ${input}`);
const W = 640, H = 400, L = 70, R = 170, T = 20, B = 50;
const xs = names.flatMap((n) => series[n].map(([x]) => x)), ys = names.flatMap((n) => series[n].map(([, y]) => y));
const lx = (x) => L + ((Math.log10(x) - Math.log10(Math.min(...xs))) / (Math.log10(Math.max(...xs)) - Math.log10(Math.min(...xs)))) * (W - L - R);
const ymin = Math.pow(10, Math.floor(Math.log10(Math.min(...ys)))), ymax = Math.pow(10, Math.ceil(Math.log10(Math.max(...ys))));
const ly = (y) => H - B - ((Math.log10(y) - Math.log10(ymin)) / (Math.log10(ymax) - Math.log10(ymin))) * (H - T - B);
const colours = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92"];
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="Arial, sans-serif" font-size="12">\n<rect width="100%" height="100%" fill="#fff"/>\n`;
for (let e = Math.log10(ymin); e <= Math.log10(ymax); e++) {
  const y = ly(Math.pow(10, e));
  svg += `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${L - 6}" y="${y + 4}" text-anchor="end">${Math.pow(10, e) >= 1000 ? Math.pow(10, e) / 1000 + " ms" : Math.pow(10, e) + " µs"}</text>\n`;
}
for (const x of [...new Set(xs)]) svg += `<text x="${lx(x)}" y="${H - B + 18}" text-anchor="middle">${x}</text>\n`;
svg += `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">findings in the letter (log scale)</text>\n`;
names.forEach((name, i) => {
  const points = series[name].map(([x, y]) => `${lx(x).toFixed(1)},${ly(y).toFixed(1)}`).join(" ");
  svg += `<polyline fill="none" stroke="${colours[i % colours.length]}" stroke-width="2" points="${points}"/>\n`;
  svg += `<text x="${W - R + 10}" y="${T + 20 + i * 18}" fill="${colours[i % colours.length]}">${name.replace("_findings", "")}</text>\n`;
});
svg += "</svg>\n";
writeFileSync(output, svg);
console.log(`wrote ${output}`);
