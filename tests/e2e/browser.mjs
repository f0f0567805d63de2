// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, a fresh profile each time, and the page served locally.

import { chromium } from "playwright-core";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where screenshots go (under target/, not committed). */
export const SHOTS = join(ROOT, "target", "screenshots");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Serves `root` under `prefix` and opens Chromium with a fresh profile.
 * Returns `{ url, context, served, close }` (`served`: the requests the server saw); `contextOptions` go to the browser context.
 */
export async function openBrowser({ root = ROOT, prefix = "/", contextOptions = {} } = {}) {
  const { server, url, requests: served } = await startServer({ root, prefix });
  const profile = await mkdtemp(join(tmpdir(), "sourcelight-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  await mkdir(SHOTS, { recursive: true });
  return {
    url,
    context,
    served,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until the annotator is ready. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector("html[data-ready='true']");
  return { page, problems };
}

/** Puts `text` in the article box as a paste would, and waits for the highlights. */
export async function pasteAndWait(page, text) {
  await page.evaluate((value) => {
    const box = document.querySelector("textarea[name='article']");
    box.focus();
    box.value = "";
    const data = new DataTransfer();
    data.setData("text/plain", value);
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    box.value = value;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await waitForDone(page);
}

/** Waits until the reading view has finished rendering. */
export async function waitForDone(page) {
  await page.waitForFunction(() => {
    const view = document.getElementById("reading");
    return view.dataset.state === "done" && document.documentElement.dataset.busy === "false";
  });
}

/** Every highlight as `{ kind, start, end, text }`, text as shown. */
export function highlights(page) {
  return page.$$eval("#reading [data-kind]", (elements) =>
    elements.map((e) => ({
      kind: e.dataset.kind,
      start: Number(e.dataset.start),
      end: Number(e.dataset.end),
      text: e.textContent,
      data: { ...e.dataset },
    })),
  );
}

/**
 * The share of the article's non-space characters that sit under a visible
 * mark: a highlight whose computed style differs from plain text (a
 * background, a line, a border, a shadow, a colour or a weight).
 * Returns `{ marked, total, percent }`.
 */
export function coverage(page) {
  return page.evaluate(() => {
    const view = document.getElementById("reading");
    const plain = getComputedStyle(view);
    const visible = new Map();
    const shows = (element) => {
      if (!visible.has(element)) {
        const s = getComputedStyle(element);
        const parent = getComputedStyle(element.parentElement);
        visible.set(
          element,
          !/rgba\(0, 0, 0, 0\)|transparent/.test(s.backgroundColor) ||
            s.textDecorationLine !== "none" ||
            s.borderTopStyle !== "none" ||
            s.boxShadow !== "none" ||
            s.color !== parent.color ||
            s.fontWeight !== parent.fontWeight ||
            s.fontStyle !== plain.fontStyle,
        );
      }
      return visible.get(element);
    };
    let marked = 0;
    let total = 0;
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const count = node.data.replace(/\s+/g, "").length;
      total += count;
      for (let e = node.parentElement; e && e !== view; e = e.parentElement) {
        if (e.classList.contains("hl") && shows(e)) {
          marked += count;
          break;
        }
      }
    }
    return { marked, total, percent: Math.round((1000 * marked) / total) / 10 };
  });
}
