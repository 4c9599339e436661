// Gives the module's imports from its JavaScript glue short names, in the .wasm and in the glue
// alike. wasm-bindgen names each import after the JavaScript it calls and a hash
// (`__wbg_parentNode_fe15bcc26df42856`); the names are in both files, about 120 of them, and
// their hashes hardly compress. Each name must occur exactly once in the glue (as its key in the
// imports object), or the script stops without writing, so that nothing else is renamed.
//   node scripts/short-import-names.mjs DIR   (DIR holds inspection_letter.js and _bg.wasm)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const wasmPath = path.join(dir, "inspection_letter_bg.wasm");
const gluePath = path.join(dir, "inspection_letter.js");
const MODULE = "./inspection_letter_bg.js";
const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

const fail = (why) => {
  console.error(`short-import-names: ${why}`);
  process.exit(1);
};

// LEB128 and names, as the binary format writes them.
const readU32 = (at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
};
const writeU32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
const readName = (at) => {
  const [length, start] = readU32(at);
  return [bytes.toString("utf8", start, start + length), start + length];
};
const writeName = (name) => {
  const text = Buffer.from(name, "utf8");
  return Buffer.concat([writeU32(text.length), text]);
};
// The bytes after an import's names: what it imports and its type.
const skipLimits = (at) => {
  const flags = bytes[at++];
  [, at] = readU32(at);
  if (flags & 1) [, at] = readU32(at);
  return at;
};
const skipDescription = (at) => {
  const kind = bytes[at++];
  if (kind === 0 || kind === 4) return readU32(kind === 4 ? at + 1 : at)[1]; // function, tag
  if (kind === 1) return skipLimits(at + 1); // table: element type, limits
  if (kind === 2) return skipLimits(at); // memory
  if (kind === 3) return at + 2; // global: value type, mutability
  return fail(`unknown import kind ${kind}`);
};

// Short names: a, b, …, z, A, …, Z, then two letters.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (i) => (i < LETTERS.length ? LETTERS[i] : shortName(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length]);

if (bytes.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a WebAssembly module`);
const parts = [bytes.subarray(0, 8)];
let at = 8;
let renamed = 0;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, start] = readU32(at + 1);
  const end = start + size;
  if (id !== 2) {
    parts.push(bytes.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readU32(start);
  const entries = [writeU32(count)];
  while (count--) {
    let module, name;
    [module, p] = readName(p);
    [name, p] = readName(p);
    const description = bytes.subarray(p, (p = skipDescription(p)));
    if (module === MODULE) {
      const short = shortName(renamed++);
      const pattern = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
      const found = glue.match(pattern)?.length ?? 0;
      if (found !== 1) fail(`the import ${name} is in the glue ${found} times, not once`);
      glue = glue.replace(pattern, short);
      entries.push(writeName("a"), writeName(short), description);
    } else {
      entries.push(writeName(module), writeName(name), description);
    }
  }
  if (p !== end) fail("the import section did not end where it said");
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), writeU32(body.length), body);
  at = end;
}
const moduleKey = `"${MODULE}"`;
if (glue.split(moduleKey).length !== 2) fail(`${moduleKey} is not in the glue exactly once`);
glue = glue.replace(moduleKey, `"a"`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-import-names: ${renamed} imports renamed`);
