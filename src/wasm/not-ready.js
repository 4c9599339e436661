// What the package's exports reach before `init()` has finished: any use throws an Error that
// says what to do. scripts/build-pkg.sh puts this before wasm-bindgen's glue and makes the
// glue start from it (`wasm = NOT_READY`) and test for it where it tested for `undefined`.
const NOT_READY = new Proxy(
  {},
  {
    get() {
      throw new Error(
        "inspection-letter is not ready: await its default export, init(), first (in Node, initSync({ module }))",
      );
    },
  },
);
