// The browser half of `make bench`: what a reader waits for, measured in
// headless Chromium on the built site in dist/ (make site), as medians.
//
//   node scripts/bench.mjs [--texts target/bench/texts.json] [--runs 5]
//
// - wasm `annotate` tokens/s on the main thread, JSON-side result included
//   (the text sets and token counts the native half wrote to texts.json);
// - paste -> done in the page for our long article (benches/articles/),
//   and until the frame after it is painted;
// - page ready (the worker says "ready") in a fresh profile, and the first
//   paste there a second later;
// - the gzipped size of each file the page downloads.

import { chromium } from "playwright-core";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const LONG_ARTICLE = join(ROOT, "benches", "articles", "river-crossing.txt");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option("--runs", "5"));
const TEXTS = option("--texts", join(ROOT, "target", "bench", "texts.json"));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const line = (what, value) => console.log(`browser ${what.padEnd(46)} ${value}`);

/** A fresh profile, and a function that closes the browser and removes it. */
async function freshBrowser() {
  const profile = await mkdtemp(join(tmpdir(), "sourcelight-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A first visit in a fresh profile: `ready`, the milliseconds since
 * navigation until the page says the annotator is ready, and `later`, the
 * times of a first paste of `text` a second after that, when a reader
 * pastes rather than at once (the worker has warmed up by then). The page
 * tells it is ready on its console: waiting with `waitForFunction` would
 * evaluate Playwright's own script in the page while it starts (some 50 ms
 * of its main thread), which a reader's page never runs.
 */
async function freshVisit(url, text) {
  const { context, close } = await freshBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.documentElement.dataset.ready === "true") {
          observer.disconnect();
          console.debug(`bench: ready ${performance.now()}`);
        }
      });
      observer.observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
    });
    const said = page.waitForEvent("console", { predicate: (message) => message.text().startsWith("bench: ready ") });
    await page.goto(url);
    const ready = Number((await said).text().split(" ")[2]);
    await page.waitForTimeout(1000);
    return { ready, later: await pasteOnce(page, text) };
  } finally {
    await close();
  }
}

/**
 * Milliseconds from a paste of `text` until the reading view is done
 * (`done`) and until the frame after it is painted (`painted`).
 */
async function pasteOnce(page, text) {
  // The page may fold the text box away once it has annotated: press Clear from script.
  await page.evaluate(() => document.getElementById("clear").click());
  await page.waitForFunction(() => document.getElementById("reading").dataset.state === "empty");
  return page.evaluate(
    (value) =>
      new Promise((resolve) => {
        const view = document.getElementById("reading");
        const root = document.documentElement;
        const box = document.querySelector("textarea[name='article']");
        let start = 0;
        const check = () => {
          if (view.dataset.state === "done" && root.dataset.busy === "false") {
            observer.disconnect();
            const done = performance.now() - start;
            // The next frame's callbacks run before its style, layout and
            // paint; a task queued from them runs after.
            requestAnimationFrame(() => setTimeout(() => resolve({ done, painted: performance.now() - start })));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { attributes: true, subtree: true, attributeFilter: ["data-state", "data-busy"] });
        box.focus();
        start = performance.now();
        box.value = value;
        box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }),
    text,
  );
}

/** `pasteOnce` per run in a page opened for them; the first run is the reader's first paste. */
async function pasteToDone(context, url, text) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("html[data-ready='true']");
  const runs = [];
  for (let run = 0; run < RUNS + 1; run++) runs.push(await pasteOnce(page, text));
  await page.close();
  return runs;
}

/** Median tokens/s of the wasm `annotate` over each text set, in the page's main thread. */
async function wasmThroughput(context, url, sets) {
  const page = await context.newPage();
  await page.goto(`${url}bench-blank`); // any page of the same origin
  const module = `${url}www/pkg/sourcelight.js`;
  // One pass over everything first, so that V8 has tiered the module up to
  // optimized code before anything is timed.
  await page.evaluate(
    async ({ sets, module }) => {
      const core = await import(module);
      await core.default();
      for (const set of sets) for (const text of set.texts) core.annotate(text, "auto");
    },
    { sets, module },
  );
  const results = [];
  for (const set of sets) {
    const times = await page.evaluate(
      async ({ texts, runs, module }) => {
        const core = await import(module);
        await core.default();
        const once = () => {
          let entities = 0;
          for (const text of texts) {
            const result = core.annotate(text, "auto");
            const doc = typeof result === "string" ? JSON.parse(result) : result;
            entities += doc.entities.length;
          }
          return entities;
        };
        const times = [];
        for (let run = 0; run < runs; run++) {
          const start = performance.now();
          once();
          times.push(performance.now() - start);
        }
        return times;
      },
      { texts: set.texts, runs: RUNS, module },
    );
    results.push({ set, ms: median(times) });
  }
  await page.close();
  return results;
}

/** Every file under dist/ (what the page downloads), with its gzipped size. */
async function sizes() {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name !== ".nojekyll") files.push(path);
    }
  };
  await walk(DIST);
  const rows = [];
  for (const path of files.sort()) {
    const bytes = await readFile(path);
    rows.push({ name: relative(DIST, path), raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
  }
  return rows;
}

async function main() {
  if (!existsSync(join(DIST, "www", "pkg", "sourcelight_bg.wasm"))) {
    throw new Error("dist/ is not built: run 'make site' first");
  }
  const sets = existsSync(TEXTS) ? JSON.parse(await readFile(TEXTS, "utf8")) : [];
  if (sets.length === 0) line("wasm annotate", `skipped (no ${relative(ROOT, TEXTS)}: run the native half with --out)`);
  const article = await readFile(LONG_ARTICLE, "utf8");
  const words = article.split(/\s+/).filter(Boolean).length;
  const { server, url } = await startServer({ root: DIST });
  const { context, close } = await freshBrowser();
  try {
    for (const { set, ms } of await wasmThroughput(context, url, sets)) {
      const rate = Math.round((set.tokens / ms) * 1000);
      line(`wasm annotate, ${set.name}`, `${String(rate).padStart(9)} tokens/s  (${set.tokens} tokens, ${ms.toFixed(1)} ms; median of ${RUNS})`);
    }
    const paste = await pasteToDone(context, url, article);
    const [first, ...again] = paste;
    for (const key of ["done", "painted"]) {
      const times = again.map((run) => run[key]);
      line(`paste -> ${key}, ${words}-word article`, `${median(times).toFixed(1)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(" ")})`);
    }
    line("first paste after ready -> painted", `${first.painted.toFixed(1)} ms`);
  } finally {
    await close();
  }
  const visits = [];
  for (let run = 0; run < RUNS; run++) visits.push(await freshVisit(url, article));
  const ready = visits.map((visit) => visit.ready);
  const later = visits.map((visit) => visit.later.painted);
  line("first paste 1 s after ready -> painted", `${median(later).toFixed(1)} ms  (runs: ${later.map((t) => t.toFixed(0)).join(" ")})`);
  line("page ready, fresh profile", `${median(ready).toFixed(1)} ms  (runs: ${ready.map((t) => t.toFixed(0)).join(" ")})`);
  await new Promise((resolve) => server.close(resolve));
  let total = 0;
  for (const { name, raw, gz } of await sizes()) {
    total += gz;
    line(`size ${name}`, `${(gz / 1024).toFixed(1).padStart(7)} KiB gzipped  (${(raw / 1024).toFixed(1)} KiB raw)`);
  }
  line("size, the whole page", `${(total / 1024).toFixed(1).padStart(7)} KiB gzipped`);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
