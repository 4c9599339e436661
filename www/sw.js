// Keeps the demo working offline: the page, the package and the styles are cached when the
// worker installs; requests go to the network first and fall back to the cache.
const CACHE = "inspection-letter-demo-v1";
const FILES = [
  "./", "index.html", "demo.js", "demo.css", "submitted.html",
  "pkg/inspection_letter.js", "pkg/inspection_letter_bg.wasm", "pkg/inspection-letter.css",
  "vendor/govuk-frontend.min.css", "examples/southend-2011.json",
  "assets/fonts/bold-b542beb274-v2.woff2", "assets/fonts/light-94a07e06a1-v2.woff2",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        // Only what the server gave whole: a 404 or a 500 must not replace the copy that an
        // offline visit falls back to.
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});
