// Offline support: keeps a copy of the page's own files so it opens and
// annotates without a network once it has been loaded. Online, the network
// comes first (so updates show at once); offline, the copy answers.
// It never sees the article: the text is not part of any request.

const CACHE = "sourcelight-v1";
const FILES = [
  "./",
  "./index.html",
  "./www/style.css",
  "./www/panel.css",
  "./www/app.js",
  "./www/annotator.js",
  "./www/worker.js",
  "./www/reading-view.js",
  "./www/nesting.js",
  "./www/highlights.js",
  "./www/describe.js",
  "./www/legend.js",
  "./www/cards.js",
  "./www/interactions.js",
  "./www/navigation.js",
  "./www/layout.js",
  "./www/panel.js",
  "./www/summary.js",
  "./www/text.js",
  "./www/sources.js",
  "./www/corrections.js",
  "./www/correct-dialog.js",
  "./www/input.js",
  "./www/exports.js",
  "./www/sample.js",
  "./www/guard.js",
  "./www/pkg/sourcelight.js",
  "./www/pkg/sourcelight_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? Response.error())),
  );
});
