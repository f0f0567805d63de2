// Accessibility: axe-core (npm axe-core, injected here) finds no violation
// in light or dark mode with the sample, the long test article, a legend
// kind switched off and a card open, in each view.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openBrowser, openPage, pasteAndWait, waitForDone, ROOT, SHOTS } from "./browser.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const LONG = readFileSync(join(ROOT, "tests", "articles", "riverside-library.txt"), "utf8");

let browser;
before(async () => {
  browser = await openBrowser({ contextOptions: { serviceWorkers: "block" } });
});
after(async () => {
  await browser?.close();
});

/** axe's violations on the page now, as "rule: target (summary)" lines. */
async function violations(page) {
  // Evaluated through the debugging protocol, so the page's script policy does not apply.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary.split("\n").slice(1, 2).join("").trim()})`));
  });
  return found;
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violation in ${colorScheme} mode: sample, long article, a kind switched off, a card open`, async () => {
    const { page } = await openPage(browser.context, browser.url);
    await page.emulateMedia({ colorScheme });
    const report = {};
    await page.click("#sample");
    await waitForDone(page);
    report.sample = await violations(page);
    await pasteAndWait(page, LONG);
    for (const view of ["sourcing", "names", "hedges", "all"]) {
      await page.click(`[data-view-choice="${view}"]`);
      report[`long, ${view} view`] = await violations(page);
    }
    await page.click('[data-view-choice="sourcing"]');
    await page.click('[data-legend="cue"]');
    report["a kind switched off"] = await violations(page);
    await page.click('[data-legend="cue"]');
    const source = page.locator('#reading [data-kind="source"][data-source-kind="anonymous"]').first();
    await source.scrollIntoViewIfNeeded();
    await source.click();
    assert.equal(await page.$eval("#card", (c) => c.hidden), false, "the card is open");
    report["a card open"] = await violations(page);
    await page.screenshot({ path: join(SHOTS, `axe-card-${colorScheme}.png`) });
    await page.keyboard.press("Escape");
    await page.click('[data-view-choice="all"]');
    await page.hover('#reading [data-kind="cue"]');
    report["all view, a cue selected"] = await violations(page);
    for (const [state, found] of Object.entries(report)) assert.deepEqual(found, [], `${colorScheme}, ${state}`);
  });
}
