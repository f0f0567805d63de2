// A small static file server for the page: `make serve` and the end-to-end
// tests use it. No dependencies; serves files only, with the right types.
//
//   node scripts/serve.mjs [--root DIR] [--port 8000] [--prefix /sub/path/]
//
// `--prefix` serves the root under a sub-path, as GitHub Pages does for a
// project site, so relative paths can be checked.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Resolves a URL path to a file under `root`, or null if it escapes it. */
function fileFor(root, prefix, urlPath) {
  if (!urlPath.startsWith(prefix)) return null;
  const relative = decodeURIComponent(urlPath.slice(prefix.length));
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  return path;
}

/**
 * Starts serving `root` under `prefix` on `port` (0 picks a free port) and
 * resolves to `{ server, url, requests }` once listening on 127.0.0.1;
 * `requests` lists every request received, as "METHOD /path".
 */
export function startServer({ root = ".", port = 0, prefix = "/" } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const urlPath = new URL(request.url, "http://localhost").pathname;
    let path = fileFor(base, prefix, urlPath);
    try {
      if (path === null) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      response.writeHead(200, {
        "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
      });
      response.end(body);
    } catch (error) {
      const missing = error.code === "ENOENT" || error.code === "ENOTDIR";
      response.writeHead(missing ? 404 : 500, { "Content-Type": "text/plain" });
      response.end(missing ? "not found\n" : "server error\n");
    }
  });
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://localhost:${server.address().port}${prefix}`;
      ready({ server, url, requests });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const { url } = await startServer({
    root: option("--root", "."),
    port: Number(option("--port", "8000")),
    prefix: option("--prefix", "/"),
  });
  console.log(`sourcelight: serving at ${url} (Ctrl-C stops)`);
}
