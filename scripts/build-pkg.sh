#!/usr/bin/env bash
# Builds the browser package into pkg/: an ES module (wasm-bindgen's web target), its types,
# the preview stylesheet and a package.json ready for npm publish. Works offline once
# scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Usage: scripts/build-pkg.sh [--features LIST] [--out-dir DIR]   (default: no features, pkg/)
features=
out=pkg
while (($#)); do
  case "$1" in
    --features) features=$2; shift 2 ;;
    --out-dir) out=$2; shift 2 ;;
    *) echo "build-pkg: unknown argument $1 (takes --features LIST and --out-dir DIR)" >&2; exit 2 ;;
  esac
done

source scripts/nightly.sh
args=(--quiet --profile wasm --lib --target wasm32-unknown-unknown --features "$features")
if nightly_ready; then
  # The standard library rebuilt with panics that abort on the spot, without the file and line
  # of each panic's place, and with its smaller variants where it has two (`optimize_for_size`:
  # number formatting and parsing, sorting, rotation, escaping, counting characters); its own
  # code kept at the speed it ships with (opt-level 3), the project's at the size (opt-level
  # "z") (`alloc` at "s" is 240 B smaller and 4% slower: its buffer growing and freeing are
  # hot). Generic functions that the standard library has already compiled are used from there
  # rather than compiled again for this crate (`-Zshare-generics`: 148 B smaller, no slower),
  # and every MIR optimisation that is not experimental runs (`-Zmir-opt-level=3`, the release
  # default is 2: 230 B smaller and 3% quicker in Chromium; experimental and unsound passes
  # have their own flags, not given), with MIR's inliner taking functions up to 35 rather than
  # 50 (`-Zinline-mir-threshold`; 30 to 40 give the same module, 268 B smaller, no slower; 10
  # and 45 are larger). Wasm SIMD (`-Ctarget-feature=+simd128`) made the module 478 B smaller
  # still and no quicker, but a browser without it (Safari before 16.4, Chrome before 91)
  # could not compile the package at all, so it is left out. Its own target directory, so that the flags do not
  # rebuild the stable builds' artefacts in target/. The crate's own code is inlined a little more than "z" does by
  # itself (LLVM's inlining threshold 40 instead of 5; `-Zprofile-rustflags` gives the flag to
  # this crate only): 15% quicker in Node and 106 B smaller, since calls that are not made
  # need no code either. At 45 `Vec::push` is inlined wherever it is called and the package
  # grows by 1.4 KB.
  toolchain=$NIGHTLY
  target_dir=target/pkg-build
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zshare-generics=y -Zmir-opt-level=3 -Zinline-mir-threshold=35" \
    cargo "+$toolchain" build "${args[@]}" --target-dir "$target_dir" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
    -Zprofile-rustflags \
    --config 'profile.wasm.package.inspection-letter.rustflags = ["-Cllvm-args=-inline-threshold=40"]' \
    --config 'profile.wasm.package.core.opt-level = 3' \
    --config 'profile.wasm.package.alloc.opt-level = 3' \
    --config 'profile.wasm.package.std.opt-level = 3'
else
  echo "build-pkg: $NIGHTLY with rust-src is not installed (scripts/setup.sh installs it);" \
    "building with stable Rust, a package about 10 KB larger" >&2
  toolchain=stable
  target_dir=target
  cargo build "${args[@]}"
fi

rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name inspection_letter \
  "$target_dir/wasm32-unknown-unknown/wasm/inspection_letter.wasm"
# npm's wasm-opt, never Debian's (see toolchain notes); the features match what rustc emits.
# --converge runs the passes again until the module stops shrinking (about 1 KB gzip); before
# each of two rounds of -Oz the control flow is flattened and rebuilt by the relooper (--flatten
# --rereloop), which finds a smaller shape for it (0.6 KB, and 0.25 KB more for the round before
# the first -Oz), and a round of whole-program flow analysis (--gufa-optimizing) before the last
# -Oz finds constants and dead code across calls (0.2 KB). --low-memory-unused lets wasm-opt
# fold a constant added to an address into the access's offset (1.2 KB): safe for Rust, whose
# addresses never wrap around below zero into the first kilobyte (the bottom of the stack).
# The producers and target-features sections are for linkers, not for browsers.
node_modules/.bin/wasm-opt --low-memory-unused --flatten --rereloop -Oz --flatten --rereloop -Oz \
  --gufa-optimizing -Oz --converge \
  --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/inspection_letter_bg.wasm" -o "$out/inspection_letter_bg.wasm"
# The JavaScript glue minified, as a page ships its scripts (the peer it is measured against,
# ajv + Nunjucks, is esbuild --minify too): wasm-bindgen writes it with a JSDoc block per
# function, which the .d.ts carries for editors. Exported names stay; the first line, which
# points Deno at the types, is kept. 1.8 KB of the gzipped package.
# The form binding (src/wasm/form.js, JavaScript driving the DOM) is appended to the glue first,
# so that the package stays one module and the binding calls the glue's exports directly.
glue="$out/inspection_letter.js"
types_line=$(head -n 1 "$glue")
[[ $types_line == '/* @ts-self-types='* ]] || types_line=
# Before `init()` has finished, the module's exports are a stand-in that throws an Error saying
# so, instead of wasm-bindgen's `undefined`, whose "Cannot read properties of undefined
# (reading 'validate')" does not tell a page what it did wrong. The two places are checked, so
# that another wasm-bindgen cannot drop the stand-in unnoticed.
ready_checks=$(grep -c 'if (wasm !== undefined) return wasm;' "$glue" || true)
grep -q '^let wasmModule, wasmInstance, wasm;$' "$glue" && [[ $ready_checks == 2 ]] ||
  { echo "build-pkg: wasm-bindgen's glue has changed: cannot put in the stand-in for init()" >&2; exit 1; }
sed -i -e 's/^let wasmModule, wasmInstance, wasm;$/let wasmModule, wasmInstance, wasm = NOT_READY;/' \
  -e 's/if (wasm !== undefined) return wasm;/if (wasm !== NOT_READY) return wasm;/' "$glue"
# wasm-bindgen's stand-in for `TextEncoder.encodeInto`, for browsers before 2019-2020: every
# browser that can compile the package (reference types, multivalue: Chrome 96, Firefox 79,
# Safari 15) and Node 12 on have it, so it is dead code (about 50 B). Checked as above.
polyfill="if (!('encodeInto' in cachedTextEncoder)) {"
grep -qF "$polyfill" "$glue" ||
  { echo "build-pkg: wasm-bindgen's glue has changed: cannot find its encodeInto stand-in" >&2; exit 1; }
perl -0pi -e 's/\nif \(!\(\x27encodeInto\x27 in cachedTextEncoder\)\) \{\n.*?\n    \};\n\}\n/\n/s' "$glue"
! grep -qF "$polyfill" "$glue" ||
  { echo "build-pkg: could not take out wasm-bindgen's encodeInto stand-in" >&2; exit 1; }
cat src/wasm/not-ready.js "$glue" src/wasm/form.js > "$out/glue-and-form.js"
# The binding's own members (FormState's and FormBinding's `state`, never a DOM property, an
# option or an export) get one-letter names as well: 123 B. A name added to this list must
# not be one the page, the DOM or the glue reads (the end-to-end tests drive every path).
internal='changes|shown|framePending|detached|generatedIds|listeners|validation|listen|controls'
internal+='|reading|typeAt|kindOf|onSubmit|addClass|idOf|showSummary|showInline|showWarnings'
internal+='|applyFix|onClick|schedulePreview|renderPreview|check|state|show|create|clear|read'
internal+='|selectWords|selecting|preview|summary|warnings'
node_modules/.bin/esbuild "$out/glue-and-form.js" --minify --format=esm --log-level=warning \
  --mangle-props="^($internal)\$" --banner:js="$types_line" --outfile="$glue" --allow-overwrite
rm "$out/glue-and-form.js"
# The imports' long hashed names, in the .wasm and in the glue, made short (2.4 KB).
node scripts/short-import-names.mjs "$out" > /dev/null
# Which toolchain built it, for scripts/size-budget.sh (not one of the files npm publishes).
echo "$toolchain" > "$out/.toolchain"
cp src/render/letter.css "$out/inspection-letter.css"
cp js/*.js js/*.d.ts "$out/"
# `sideEffects` names the two files a page imports only for what they do when loaded (the
# custom element registers itself; the stylesheet styles the preview): `false` let bundlers drop
# `import "inspection-letter/element"` altogether (tests/js/bundle.test.mjs bundles it).
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
cat > "$out/package.json" <<JSON
{
  "name": "inspection-letter",
  "version": "$version",
  "description": "The schema and rules of an Ofsted inspection letter: validate, preview and import in the browser, offline",
  "license": "MIT",
  "type": "module",
  "module": "inspection_letter.js",
  "main": "inspection_letter.js",
  "types": "inspection_letter.d.ts",
  "exports": {
    ".": { "types": "./inspection_letter.d.ts", "default": "./inspection_letter.js" },
    "./inspection-letter.css": "./inspection-letter.css",
    "./element": { "types": "./inspection-letter-element.d.ts", "default": "./inspection-letter-element.js" },
    "./inspection_letter_bg.wasm": "./inspection_letter_bg.wasm"
  },
  "files": ["inspection_letter.js", "inspection_letter.d.ts", "inspection_letter_bg.wasm", "inspection_letter_bg.wasm.d.ts", "inspection-letter.css", "inspection-letter-element.js", "inspection-letter-element.d.ts"],
  "sideEffects": ["./inspection-letter-element.js", "./inspection-letter.css"]
}
JSON
wasm=$(gzip -9 -c "$out/inspection_letter_bg.wasm" | wc -c)
glue=$(gzip -9 -c "$out/inspection_letter.js" | wc -c)
echo "$out/ built with $toolchain: wasm $wasm B + glue $glue B gzip -9 = $((wasm + glue)) B"
