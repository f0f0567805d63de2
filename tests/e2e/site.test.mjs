// The static site `make site` builds: served from a sub-path as GitHub
// Pages serves a project site, it loads with relative paths only, uses the
// optimized wasm, and keeps working offline once it has been loaded.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { openBrowser, openPage, waitForDone, ROOT } from "./browser.mjs";

const DIST = join(ROOT, "dist");
const PREFIX = "/sourcelight/";

let browser;
before(async () => {
  assert.ok(existsSync(join(DIST, "index.html")), "dist/ is built (scripts/site.sh)");
  browser = await openBrowser({ root: DIST, prefix: PREFIX });
});
after(async () => {
  await browser?.close();
});

test("the site works from a sub-path, asking only for its own files", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await page.click("#sample");
  await waitForDone(page);
  assert.ok((await page.$$("#reading [data-kind]")).length > 20);
  const outside = browser.served.filter((line) => !line.split(" ")[1].startsWith(PREFIX));
  assert.deepEqual(outside, [], "every request stays under the sub-path");
  const missing = browser.served.filter((line) => line.includes("favicon"));
  assert.deepEqual(missing, [], "no favicon request");
  assert.deepEqual(problems, []);
  // Bundled (scripts/site.sh): the page, its worker and the wasm glue, not
  // every module (each asked twice: by the page and by the service worker).
  const scripts = new Set(browser.served.filter((line) => line.endsWith(".js")).map((line) => line.split(PREFIX)[1]));
  scripts.delete("sw.js");
  assert.deepEqual([...scripts].sort(), ["www/app.js", "www/pkg/sourcelight.js", "www/worker.js"]);
});

test("after one visit, the site opens and annotates offline", async () => {
  // A fresh profile: the first visit is the only one online.
  const fresh = await openBrowser({ root: DIST, prefix: PREFIX });
  try {
    const { page } = await openPage(fresh.context, fresh.url);
    await page.waitForFunction(() => document.documentElement.dataset.offline === "ready");
    await fresh.context.setOffline(true);
    const served = fresh.served.length;
    await page.reload();
    await page.waitForSelector("html[data-ready='true']");
    await page.click("#sample");
    await waitForDone(page);
    assert.ok((await page.$$("#reading [data-kind='quote']")).length > 0);
    await page.click("#panel [data-entity]");
    assert.ok((await page.$$("#reading .linked")).length > 0, "every module works offline");
    assert.equal(fresh.served.length, served, "nothing reached the server");
  } finally {
    await fresh.close();
  }
});
