// Reading an annotated article: how much of it is marked in the default
// view, the claims that shade beside their source, the text box that gets
// out of the way, the keyboard path (one Tab stop, J/K and arrows, Enter,
// Escape, skip links), the hooks for the panel, and a 390×844 phone.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openBrowser, openPage, pasteAndWait, waitForDone, coverage, ROOT, SHOTS } from "./browser.mjs";

const LONG = readFileSync(join(ROOT, "tests", "articles", "riverside-library.txt"), "utf8");

let browser;
before(async () => {
  browser = await openBrowser({ contextOptions: { serviceWorkers: "block" } });
});
after(async () => {
  await browser?.close();
});

const background = (page, selector) => page.$$eval(selector, (es) => es.map((e) => getComputedStyle(e).backgroundColor));
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return { id: e.id, kind: e.dataset.kind ?? null, start: e.dataset.start ?? null, inReading: Boolean(e.closest("#reading")), inSide: Boolean(e.closest("#side")) };
  });

test("the Sourcing view marks at most 35% of the long article; a source's claims shade when it is pointed at or focused", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, LONG);
  const marked = await coverage(page);
  console.log(`marked in the Sourcing view: long article ${marked.percent}% of ${marked.total} characters`);
  assert.ok(marked.percent <= 35, `${marked.percent}% marked`);
  await page.click('[data-view-choice="all"]');
  const all = await coverage(page);
  assert.ok(all.percent > marked.percent, `the All view marks more (${all.percent}%)`);
  await page.click('[data-view-choice="sourcing"]');

  const source = await page.$eval("#reading", (view) => {
    for (const s of view.querySelectorAll('[data-kind="source"]')) {
      if (view.querySelector(`[data-kind="content"][data-attribution="${s.dataset.attribution}"]`)) return s.dataset.attribution;
    }
    return null;
  });
  assert.ok(source !== null, "a source with a claim");
  const claim = `#reading [data-kind="content"][data-attribution="${source}"]`;
  const plain = await background(page, claim);
  assert.ok(plain.every((b) => b === "rgba(0, 0, 0, 0)"), `claims are not shaded at rest: ${plain}`);
  await page.hover(`#reading [data-kind="source"][data-attribution="${source}"]`);
  const hovered = await background(page, claim);
  assert.ok(hovered.every((b) => b !== "rgba(0, 0, 0, 0)"), `pointing at the source shades its claim: ${hovered}`);
  await page.mouse.move(1, 1);
  assert.ok((await background(page, claim)).every((b) => b === "rgba(0, 0, 0, 0)"), "the shading goes with the pointer");
  await page.focus("#reading");
  let reached = null;
  for (let i = 0; i < 400 && reached !== source; i += 1) {
    await page.keyboard.press("j");
    const now = await focused(page);
    reached = now.kind === "source" ? await page.evaluate(() => document.activeElement.dataset.attribution) : null;
  }
  assert.equal(reached, source, "J reaches the source");
  assert.ok((await background(page, claim)).every((b) => b !== "rgba(0, 0, 0, 0)"), "focusing the source shades its claim");
});

test("a quotation whose sentence says only 'she' or 'he' shows the speaker's name; sources carry a kind tag", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, LONG);
  const labelled = await page.$$eval("#reading [data-kind='quote'][data-speaker]", (quotes) =>
    quotes.map((q) => {
      const source = document.querySelector(`#reading [data-kind="source"][data-attribution="${q.dataset.attribution}"]`);
      return { speaker: q.dataset.speaker, label: getComputedStyle(q, "::after").content, source: source?.textContent ?? "" };
    }),
  );
  assert.ok(labelled.length >= 5, `labelled quotations: ${labelled.length}`);
  for (const { speaker, label, source } of labelled) assert.equal(label, `"${speaker}"`, "the name is drawn beside the quotation");
  const pronouns = labelled.filter((l) => /^(he|she|they)$/i.test(l.source));
  assert.ok(pronouns.length >= 3, `quotations credited to a pronoun get a name: ${JSON.stringify(labelled.slice(0, 5))}`);
  assert.ok(pronouns.some((l) => l.speaker === "Halima Okafor"));
  const unlabelled = await page.$$eval("#reading [data-kind='quote'][data-attribution]:not([data-speaker])", (qs) => qs.length);
  assert.ok(unlabelled > 0, "a quotation whose sentence names its speaker has no label");
  const tags = await page.$$eval("#reading [data-kind='source']:not(.hl-repeat)", (ss) => [...new Set(ss.map((s) => getComputedStyle(s, "::before").content))]);
  for (const tag of ['"person"', '"anonymous"', '"document"', '"unnamed group"']) assert.ok(tags.includes(tag), `${tag} among ${tags}`);
});

test("once annotated, the text box is one line with Edit text and the article follows the summary", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, LONG);
  const layout = await page.evaluate(() => {
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    return {
      textareaShown: document.getElementById("article").offsetParent !== null,
      edit: document.getElementById("edit-text").offsetParent !== null,
      brief: document.getElementById("input-brief").textContent,
      summaryBottom: box("summary").bottom,
      readingTop: box("reading").top,
      between: [...document.querySelectorAll("#results > *")].filter((e) => e.offsetParent !== null).map((e) => e.id || e.className),
    };
  });
  assert.equal(layout.textareaShown, false, "the text box is folded away");
  assert.ok(layout.edit, "Edit text is offered");
  assert.match(layout.brief, /^“Council Splits Over Plan To Close The Old Riverside Library” · 3,1\d\d words$/);
  assert.deepEqual(layout.between, ["summary", "profile", "legend", "layout"], "under the summary and its profile: the key to the marks, then the article");
  assert.ok(layout.readingTop < 900, `the article starts on the first screen (${layout.readingTop}px)`);
  await page.click("#edit-text");
  assert.ok(await page.evaluate(() => document.activeElement.id === "article" && document.getElementById("article").offsetParent !== null));
  await page.screenshot({ path: join(SHOTS, "desktop-long.png") });
});

/** Opens a fresh page and drops `text` on it as a file, so nothing has had focus yet. */
async function freshPageWith(text) {
  const { page } = await openPage(browser.context, browser.url);
  await page.evaluate((words) => {
    const data = new DataTransfer();
    data.items.add(new File([words], "article.txt", { type: "text/plain" }));
    document.getElementById("input-area").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await waitForDone(page);
  return page;
}

test("keyboard: the article is one Tab stop, single keys move between marks, Enter and Escape, skip links", async () => {
  const page = await freshPageWith(LONG);
  // From loading the page: Tab, Enter reaches the article.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the annotated article");
  await page.keyboard.press("Enter");
  assert.equal((await focused(page)).id, "reading", "Tab, Enter: the article");
  const sourcing = ["source", "cue", "quote"];
  await page.keyboard.press("j");
  const first = await focused(page);
  assert.ok(first.inReading && sourcing.includes(first.kind), `J: the first mark (${first.kind})`);
  await page.keyboard.press("j");
  const second = await focused(page);
  assert.ok(sourcing.includes(second.kind) && Number(second.start) >= Number(first.start) && second.start !== first.start || second.kind !== first.kind);
  await page.keyboard.press("k");
  assert.deepEqual(await focused(page), first, "K goes back");
  await page.keyboard.press("ArrowDown");
  assert.deepEqual(await focused(page), second, "arrows move too");
  assert.equal(await page.$eval("#card", (c) => c.hidden), true, "moving does not open cards");
  await page.keyboard.press("Enter");
  assert.equal(await page.$eval("#card", (c) => c.hidden), false, "Enter opens the card");
  await page.keyboard.press("Escape");
  assert.equal(await page.$eval("#card", (c) => c.hidden), true, "Escape closes it");
  assert.deepEqual(await focused(page), second, "and focus is back on the mark");

  // One Tab stop: from the mark, Tab leaves the article for the panel; Shift+Tab comes back to the same mark.
  await page.keyboard.press("Tab");
  const after = await focused(page);
  assert.ok(after.inSide, `one Tab after the article: the panel (${JSON.stringify(after)})`);
  await page.keyboard.press("Shift+Tab");
  assert.deepEqual(await focused(page), second, "Shift+Tab: back on the current mark");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focused(page)).inReading, false, "the article holds one Tab stop");

  // The views are one radio group: arrows change the view and keep the focus.
  await page.focus('[data-view-choice="sourcing"] input');
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getAttribute("#reading", "data-view"), "names");
  assert.equal(await page.evaluate(() => document.activeElement.value), "names");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.getAttribute("#reading", "data-view"), "sourcing");

  // Skip link to the panel: Tab, Tab, Enter from loading the page.
  const fresh = await freshPageWith(LONG);
  for (const key of ["Tab", "Tab", "Enter"]) await fresh.keyboard.press(key);
  assert.equal((await focused(fresh)).id, "panel", "three keys from loading the page reach the panel");
  console.log("keys: Tab+Enter to the article, 1 key per mark (J/K, arrows), 1 Tab from the article to the panel, 3 keys from the top to the panel");
});

test("hooks: select a mark by its data attributes, open the panel", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await page.click("#sample");
  await waitForDone(page);
  const quote = await page.$eval('#reading [data-kind="quote"][data-attribution]', (e) => e.dataset.quote);
  await page.evaluate((q) => document.dispatchEvent(new CustomEvent("sourcelight:select-mark", { detail: { kind: "quote", quote: q } })), quote);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), quote, "the mark has focus");
  assert.equal(await page.$eval("#card", (c) => !c.hidden && c.textContent.includes("Quotation")), true, "its card is open");
  assert.ok((await page.$$eval("#reading .linked[data-kind='cue']", (es) => es.length)) > 0, "its cue is marked");
  await page.evaluate(() => document.dispatchEvent(new CustomEvent("sourcelight:open-panel")));
  assert.equal((await focused(page)).id, "panel");
});

test("on a 390×844 phone: summary and article on the first screen, the panel in one tap, cards with a close button", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const phone = await openBrowser({
      contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme, serviceWorkers: "block" },
    });
    try {
      const { page } = await openPage(phone.context, phone.url);
      await page.tap("#sample");
      await waitForDone(page);
      const first = await page.evaluate(() => {
        const tabs = document.getElementById("tabbar").getBoundingClientRect();
        const summary = document.getElementById("summary").getBoundingClientRect();
        const opening = document.querySelector("#reading p:not(.block-byline)").getBoundingClientRect();
        return { overflow: document.documentElement.scrollWidth - window.innerWidth, visibleBottom: tabs.top, summaryTop: summary.top, summaryBottom: summary.bottom, openingTop: opening.top };
      });
      assert.ok(first.overflow <= 0, `no sideways scrolling (${first.overflow}px)`);
      assert.ok(first.summaryTop >= 0 && first.summaryBottom < first.visibleBottom, `the summary is on the first screen ${JSON.stringify(first)}`);
      assert.ok(first.openingTop + 40 < first.visibleBottom, `the article's first paragraph starts on the first screen ${JSON.stringify(first)}`);
      await page.screenshot({ path: join(SHOTS, `phone-${colorScheme}.png`) });

      await page.tap("#tab-panel");
      const sheet = await page.evaluate(() => {
        const side = document.getElementById("side").getBoundingClientRect();
        const entry = document.querySelector("#panel button")?.getBoundingClientRect();
        return { top: side.top, height: side.height, entryTop: entry?.top ?? null };
      });
      assert.ok(sheet.top <= 1 && sheet.height > 600 && sheet.entryTop !== null && sheet.entryTop < 400, `one tap opens the panel ${JSON.stringify(sheet)}`);
      await page.screenshot({ path: join(SHOTS, `phone-panel-${colorScheme}.png`) });
      await page.tap("#tab-article");
      assert.equal(await page.$eval("#side", (s) => s.getBoundingClientRect().height), 0, "the Article tab closes it");

      const mark = page.locator('#reading [data-kind="source"]').nth(1);
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      const card = await page.$eval("#card", (c) => {
        const box = c.getBoundingClientRect();
        const hint = c.querySelector(".card-hint");
        return { hidden: c.hidden, left: box.left, right: box.right, top: box.top, bottom: box.bottom, hint: hint ? getComputedStyle(hint).display : "none" };
      });
      assert.ok(!card.hidden && card.left >= 0 && card.right <= 390 && card.top >= 0 && card.bottom <= 844, JSON.stringify(card));
      assert.equal(card.hint, "none", "no 'Esc closes' on a touch screen");
      await page.screenshot({ path: join(SHOTS, `phone-card-${colorScheme}.png`) });
      await page.tap("#card .card-close");
      assert.equal(await page.$eval("#card", (c) => c.hidden), true, "the close button closes the card");
    } finally {
      await phone.close();
    }
  }
});
