// The page's render speed and how much of an article is marked, measured in
// headless Chromium (not a test: timings are medians, printed, never asserted).
//
//   node tests/e2e/bench-page.mjs ARTICLE.txt|sample [RUNS] [ROOT]
//
// ROOT serves another copy of the page (an older commit's, to compare).
// Prints the median time from the paste to the finished view (and to its
// first paint), the part of it spent after the annotator answered, the style
// and layout cost of each part of the page, and the marked share per view.

import { readFile } from "node:fs/promises";
import { openBrowser, openPage, pasteAndWait, coverage } from "./browser.mjs";
import { SAMPLE_ARTICLE } from "../../www/sample.js";

const [file, runsArg, root] = process.argv.slice(2);
if (!file) {
  console.error("usage: node tests/e2e/bench-page.mjs ARTICLE.txt [RUNS]");
  process.exit(2);
}
const text = file === "sample" ? SAMPLE_ARTICLE : await readFile(file, "utf8");
const runs = Number(runsArg ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await openBrowser({ ...(root ? { root } : {}), contextOptions: { serviceWorkers: "block" } });
try {
  const { page } = await openPage(browser.context, browser.url);
  // The frame after "done" is painted when a task queued from its animation callback runs.
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (document.getElementById("reading").dataset.state === "done") {
        requestAnimationFrame(() => setTimeout(() => performance.mark("bench:painted"), 0));
      }
    }).observe(document.getElementById("reading"), { attributes: true, attributeFilter: ["data-state"] });
  });
  const totals = [];
  const afters = [];
  const articles = [];
  const painted = [];
  for (let i = 0; i < runs; i += 1) {
    // A different text each run, so nothing is reused from the last one.
    const marks = await page.evaluate(() => performance.getEntriesByName("bench:painted").length);
    await pasteAndWait(page, `${text}\n\nRun ${i}.\n`);
    await page.waitForFunction((n) => performance.getEntriesByName("bench:painted").length > n, marks);
    const t = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
      return {
        pasted: mark("sourcelight:pasted"),
        annotated: mark("sourcelight:annotated"),
        article: mark("sourcelight:article"),
        done: mark("sourcelight:done"),
        painted: mark("bench:painted"),
      };
    });
    if (t.pasted === undefined || t.done === undefined) throw new Error("the page sets no performance marks");
    totals.push(t.done - t.pasted);
    afters.push(t.done - t.annotated);
    if (t.article !== undefined) articles.push(t.article - t.pasted);
    painted.push(t.painted - t.pasted);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`${file}: ${words} words, ${runs} runs`);
  console.log(`paste -> done: median ${median(totals).toFixed(1)} ms (after the core answered: ${median(afters).toFixed(1)} ms)`);
  console.log(`paste -> done and painted: median ${median(painted).toFixed(1)} ms`);
  if (articles.length) console.log(`paste -> article in the page: median ${median(articles).toFixed(1)} ms`);
  // Style and layout of each part alone: a fresh copy replaces it, then the layout is forced.
  const layout = await page.evaluate(() => {
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const cost = (element) => {
      const times = [];
      for (let i = 0; i < 9; i += 1) {
        const copy = element.cloneNode(true);
        const started = performance.now();
        element.replaceWith(copy);
        void document.body.offsetHeight;
        times.push(performance.now() - started);
        copy.replaceWith(element);
        void document.body.offsetHeight;
      }
      return median(times).toFixed(1);
    };
    return Object.fromEntries(["reading", "panel", "summary", "legend"].map((id) => [id, cost(document.getElementById(id))]));
  });
  console.log(`style and layout, median ms: ${Object.entries(layout).map(([id, ms]) => `${id} ${ms}`).join(", ")}`);
  const views = await page.$$eval("[data-view-choice]", (bs) => bs.map((b) => b.dataset.viewChoice));
  for (const view of views.length ? views : ["(one view)"]) {
    if (views.length) await page.click(`[data-view-choice="${view}"]`);
    const c = await coverage(page);
    console.log(`marked in ${view}: ${c.percent}% of ${c.total} non-space characters`);
  }
} finally {
  await browser.close();
}
