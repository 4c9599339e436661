// Serves the demo (www/, laid out by scripts/build-demo.sh) on 127.0.0.1 with the right MIME types (application/wasm) and the strict
// Content Security Policy the package is built to live under. No dependencies.
//   node scripts/serve.mjs [--port 8000]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// scripts/build-demo.sh lays the whole demo out in www/.
const mounts = [["/", path.join(root, "www")]];
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".njk": "text/plain; charset=utf-8",
};
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (urlPath.startsWith(prefix)) {
      const file = path.normalize(path.join(dir, urlPath.slice(prefix.length)));
      return file.startsWith(dir) ? file : null;
    }
  }
  return null;
}

/**
 * `cacheFor`: seconds a browser may keep every file without asking again (`max-age`), as a site
 * would serve a versioned copy of the package; by default it asks every time (`no-cache`), so
 * that the demo shows a rebuilt package at once.
 */
export function serve(port = 8000, host = "127.0.0.1", { csp = true, cacheFor = 0 } = {}) {
  const server = createServer(async (req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    let file = resolve(urlPath);
    try {
      if (file && (await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = file ? await readFile(file) : null;
      if (!body) throw new Error("not found");
      const headers = {
        "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": cacheFor > 0 ? `max-age=${cacheFor}` : "no-cache",
        "X-Content-Type-Options": "nosniff",
      };
      if (csp) headers["Content-Security-Policy"] = CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : 8000;
  const server = await serve(port);
  const { port: actual } = server.address();
  console.log(`inspection-letter demo: http://127.0.0.1:${actual}/`);
}
