// The panel by source, the reader's corrections and the exports, in
// headless Chromium, on an article of our own with named people, pronouns,
// anonymous sources, a group, a document and a quotation with a vague
// speaker.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openBrowser, openPage, pasteAndWait, SHOTS } from "./browser.mjs";

const ARTICLE = `# Council Delays Vote On Harbour Bridge

Councillor Mara Lind said on Monday that the vote would wait until spring. "We owe the islanders a proper study," she said. Lind added that the engineers had not finished their report.

Officials familiar with the talks said the cost could rise by a third. According to a report by the Harbour Authority, the bridge may need new pylons.

Critics called the delay a stalling tactic. "This has gone on for six years," said Piet Olsen, who leads the ferry workers' union. He said the union would hold a protest.

"Nobody wants a rushed decision," a spokesman said.

The engineers, who asked not to be named, said the design was sound. They said the steel could arrive by June.
`;

const PRONOUNS = /^(he|she|they|it|we|i|you|who|him|her|them|his|its|their)$/i;

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** The source cards as `{ name, kind, claims, tags }`. */
function sourceCards(page) {
  return page.$$eval(".source-card:not([hidden])", (cards) =>
    cards.map((card) => ({
      name: card.querySelector(".source-name").textContent,
      kind: card.dataset.sourceKind,
      count: card.querySelector(".claim-count").textContent,
      claims: [...card.querySelectorAll(".claim")].map((c) => ({
        attribution: Number(c.dataset.attribution),
        tags: [...c.querySelectorAll(".claim-tag")].map((t) => t.textContent),
      })),
    })),
  );
}

test("the panel has one card per source, with its claims, filters and previous/next", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, ARTICLE);
  const cards = await sourceCards(page);
  const lind = cards.filter((c) => c.name === "Mara Lind");
  assert.equal(lind.length, 1, "one card for Mara Lind, whether named or 'she'");
  assert.equal(lind[0].count, "3 claims");
  const direct = lind[0].claims.filter((c) => c.tags.includes("direct"));
  assert.equal(direct.length, 1, "her quotation is the one direct claim");
  for (const claim of lind[0].claims) {
    assert.ok(claim.tags.includes("direct") !== claim.tags.includes("indirect"), "direct or indirect");
    assert.ok(claim.tags.includes("hedged") !== claim.tags.includes("not hedged"), "hedged or not");
  }
  const olsen = cards.find((c) => c.name === "Piet Olsen");
  assert.equal(olsen?.count, "2 claims", "'He' is counted with Piet Olsen");
  const kinds = new Set(cards.map((c) => c.kind));
  for (const kind of ["person", "anonymous", "unnamed_group", "document"]) assert.ok(kinds.has(kind), `a ${kind} card`);
  const keys = await page.$$eval(".source-card", (all) => all.map((c) => c.dataset.sourceKey));
  assert.equal(new Set(keys).size, keys.length, "no source has two cards");

  await page.click('.source-filter[data-filter="anonymous"]');
  const anonymous = await sourceCards(page);
  assert.ok(anonymous.length >= 1 && anonymous.every((c) => c.kind === "anonymous"), JSON.stringify(anonymous));

  await page.click('.source-filter[data-filter="all"]');
  const card = page.locator(".source-card", { has: page.locator(".source-name", { hasText: /^Mara Lind$/ }) });
  await card.locator(".claim-next").click();
  await card.locator(".claim-next").click();
  assert.equal(await card.locator(".claim-position").textContent(), "2 of 3");
  const second = lind[0].claims[1].attribution;
  const linked = await page.$$eval("#reading .hl.linked", (marks) => [...new Set(marks.map((m) => m.dataset.attribution))]);
  assert.deepEqual(linked, [String(second)], "Next marks the second claim in the article");
  await card.locator(".claim-previous").click();
  assert.equal(await card.locator(".claim-position").textContent(), "1 of 3");

  await card.locator(".only-this").click();
  const only = await sourceCards(page);
  assert.deepEqual(only.map((c) => c.name), ["Mara Lind"], "only this source");
  const marked = await page.$$eval("#reading .hl.linked", (marks) => new Set(marks.map((m) => m.dataset.attribution)).size);
  assert.equal(marked, 3, "all three of her claims are marked");
  await page.click("#panel .most-hedged [data-block]");
  const hedged = await page.$$eval("#reading .hl.linked[data-kind='hedge']", (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(hedged, ["could", "may"], "the core's most hedged paragraph marks its hedges");
  await page.screenshot({ path: join(SHOTS, "sources-panel.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("no pronoun is listed as a name, in the panel, the cards or the report", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, ARTICLE);
  const names = await page.$$eval(".source-name", (all) => all.map((n) => n.textContent));
  for (const name of names) assert.ok(!PRONOUNS.test(name.trim()), `'${name}' is a pronoun shown as a name`);
  assert.ok(names.includes("unresolved: They"), `an unlinked pronoun says so: ${names.join(" | ")}`);
  await page.click('#reading .hl[data-kind="quote"][data-attribution]');
  const speaker = await page.$eval("#card", (card) => {
    const terms = [...card.querySelectorAll("dt")];
    return terms.find((t) => t.textContent === "Speaker")?.nextElementSibling.textContent;
  });
  assert.equal(speaker, "Mara Lind", "her quotation's card names her, not 'she'");
  await page.close();
});

/** Opens the correction form for the first highlight matching `selector`, in `view` (where its kind is shown). */
async function correct(page, selector, view) {
  await page.click(`[data-view-choice="${view}"]`);
  await page.click(selector);
  await page.click("#card .card-correct");
  await page.waitForSelector("dialog.correct-dialog[open]");
}

test("a correction survives a reload and goes into the JSON and HTML exports", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, ARTICLE);
  // The spokesman's quotation: the reader knows who it was.
  const spokesman = page.locator('#reading .hl[data-kind="source"]', { hasText: "a spokesman" });
  const attribution = await spokesman.getAttribute("data-attribution");
  await correct(page, `#reading .hl[data-kind="source"][data-attribution="${attribution}"]`, "sourcing");
  assert.equal(await page.textContent("#correct-title"), "Correct “a spokesman said”", "the title quotes the source with its cue");
  await page.fill("dialog.correct-dialog input[name='speaker']", "Ivo Brandt");
  await page.selectOption("dialog.correct-dialog select[name='source-kind']", "person");
  await page.fill("dialog.correct-dialog textarea[name='note']", "Named in the council minutes");
  await page.click("dialog.correct-dialog button[value='save']");
  await page.waitForSelector(".source-card[data-corrected] .source-name");
  // Focus moves back once the view is redrawn, after the panel shows the card.
  await page.waitForFunction(() => document.activeElement?.dataset?.kind === "source");
  const focused = await page.evaluate(() => [document.activeElement.dataset.kind, document.activeElement.textContent]);
  assert.deepEqual(focused, ["source", "a spokesman"], "focus returns to the corrected highlight");
  // A false highlight: the hedge "could" in the officials' sentence.
  await correct(page, '#reading .hl[data-kind="hedge"]', "hedges");
  await page.check("dialog.correct-dialog input[name='dismiss']");
  await page.click("dialog.correct-dialog button[value='save']");
  // The dialog closes in a later task, so the view is still "done" from the
  // last render for a moment: wait for the summary to count the dismissal.
  await page.waitForFunction(() => /3 corrections by you/.test(document.querySelector("#summary").textContent));
  await page.waitForSelector('#reading[data-state="done"]');
  const hedgesBefore = (ARTICLE.match(/could|may/g) ?? []).length;

  const check = async (where) => {
    const corrected = await page.$$eval(".source-card[data-corrected] .source-name", (n) => n.map((e) => e.textContent));
    assert.deepEqual(corrected, ["Ivo Brandt"], `${where}: the corrected speaker has its card`);
    const summary = await page.textContent("#summary");
    assert.match(summary, /3 corrections by you/, `${where}: counted in the summary`);
    const mark = await page.$eval(`#reading .hl[data-kind="source"][data-corrected]`, (m) => [m.textContent, m.dataset.note]);
    assert.deepEqual(mark, ["a spokesman", "Named in the council minutes"], `${where}: shown as corrected, with the note`);
    const hedges = await page.$$eval('#reading .hl[data-kind="hedge"]', (h) => h.length);
    assert.ok(hedges < hedgesBefore, `${where}: the dismissed hedge is gone`);
  };
  await check("before the reload");
  await page.reload();
  await page.waitForSelector("html[data-ready='true']");
  await pasteAndWait(page, ARTICLE);
  await check("after the reload");
  await page.screenshot({ path: join(SHOTS, "corrections.png"), fullPage: true });

  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const exported = JSON.parse(await readFile(await json.path(), "utf8"));
  const kinds = exported.corrections.map((c) => c.kind).sort();
  assert.deepEqual(kinds, ["dismiss", "note", "speaker"]);
  const speaker = exported.corrections.find((c) => c.kind === "speaker");
  assert.deepEqual(speaker.speaker, { name: "Ivo Brandt", entity: null });
  assert.equal(speaker.source_kind, "person");
  assert.equal(speaker.target.type, "attribution");
  const cue = exported.attributions[Number(attribution)].cue;
  assert.deepEqual([speaker.target.start, speaker.target.end], [cue.start, cue.end], "the target is the attribution's cue");
  assert.equal(exported.hedges.length, hedgesBefore, "the core's document is exported as annotated");

  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
  const file = join(SHOTS, "sources-corrections-export.html");
  await writeFile(file, await readFile(await html.path(), "utf8"));
  const frozen = await browser.context.newPage();
  await frozen.goto(pathToFileURL(file).href);
  assert.equal(await frozen.title(), "Council Delays Vote On Harbour Bridge", "the article's own headline");
  assert.equal(await frozen.$$eval("script", (s) => s.length), 0, "no script");
  const footnote = await frozen.$eval(`#fn-${Number(attribution) + 1}`, (li) => li.textContent);
  assert.match(footnote, /^Ivo Brandt: named person, written “a spokesman”/, footnote);
  assert.match(footnote, /Reader's note: Named in the council minutes/);
  const list = await frozen.textContent(".reader-corrections");
  assert.match(list, /speaker of “said” \(footnote \d+\) is Ivo Brandt/);
  assert.match(await frozen.textContent(".source-cards"), /Ivo Brandt/);
  assert.equal(await frozen.$$eval(".legend-item", (l) => l.length), await page.$$eval(".legend-item", (l) => l.length), "the legend");
  const colour = (p) => p.$eval('.hl[data-kind="quote"]', (q) => getComputedStyle(q).backgroundColor);
  assert.equal(await colour(frozen), await colour(page), "the page's colours");
  await frozen.emulateMedia({ media: "print" });
  assert.ok(await frozen.$eval(".legend", (l) => getComputedStyle(l).display !== "none"), "printing keeps the legend");
  await frozen.close();
  assert.deepEqual(problems, []);
  await page.close();
});

test("changing a name's kind recolours its mentions and moves it in the panel", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, `${ARTICLE}\nThe Harbour Authority meets again in May.\n`);
  const mention = '#reading .hl[data-kind="organization"]';
  const entity = await page.$eval(mention, (m) => m.dataset.entity);
  await correct(page, mention, "names");
  await page.selectOption("dialog.correct-dialog select[name='entity-kind']", "place");
  await page.click("dialog.correct-dialog button[value='save']");
  await page.waitForSelector(`#reading .hl[data-entity="${entity}"][data-kind="place"]`);
  const kinds = await page.$$eval(`#reading .hl[data-entity="${entity}"]`, (ms) => [...new Set(ms.map((m) => m.dataset.kind))]);
  assert.deepEqual(kinds, ["place"], "every mention is recoloured");
  assert.ok(await page.$eval(`#reading .hl[data-entity="${entity}"]`, (m) => m.dataset.corrected === "entity_kind"));
  const headings = await page.$$eval("#panel [data-section='names'] h4", (hs) => hs.map((h) => h.textContent));
  assert.ok(headings.includes("Place (1)"), headings.join(", "));
  await page.click(`#reading .hl[data-entity="${entity}"]`);
  assert.match(await page.textContent("#card .card-title"), /^Place: /);
  await page.keyboard.press("Escape");

  // Only the kind of a source, its words kept.
  await correct(page, '#reading .hl[data-kind="source"][data-source-kind="unnamed_group"]', "sourcing");
  await page.selectOption("dialog.correct-dialog select[name='source-kind']", "organization");
  await page.click("dialog.correct-dialog button[value='save']");
  await page.waitForSelector('.source-card[data-corrected][data-source-kind="organization"]');
  assert.equal(await page.textContent('.source-card[data-corrected] .source-name'), "Critics");
  assert.deepEqual(problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("a source with many claims shows the first five; Next opens the rest", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  const topics = ["the ferry", "the bridge", "the harbour", "the school", "the library", "the clinic", "the market", "the park"];
  const text = topics.map((topic) => `Councillor Mara Lind said ${topic} would open in May.`).join("\n\n");
  await pasteAndWait(page, text);
  const card = page.locator(".source-card", { has: page.locator(".source-name", { hasText: /^Mara Lind$/ }) });
  assert.equal(await card.locator(".claim-count").textContent(), "8 claims");
  assert.equal(await card.locator(".claim:visible").count(), 5, "five shown, the rest folded");
  assert.equal(await card.locator(".more-claims > summary").textContent(), "3 more claims");
  for (let i = 0; i < 6; i += 1) await card.locator(".claim-next").click();
  assert.equal(await card.locator(".claim-position").textContent(), "6 of 8");
  assert.ok(await card.locator(".more-claims").evaluate((d) => d.open), "Next opened the folded claims");
  assert.equal(await card.locator('.claim[aria-current="true"]').textContent().then((t) => t.includes("the clinic")), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a keyboard user reaches 'Correct this…' from a mark with Tab, and Escape brings focus back", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, ARTICLE);
  await page.focus("#reading");
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  const mark = await page.evaluate(() => document.activeElement.dataset.start);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "card-correct", "the card's buttons follow the mark");
  await page.keyboard.press("Enter");
  await page.waitForSelector("dialog.correct-dialog[open]");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog.correct-dialog"));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.start), mark, "focus is back on the mark");
  assert.deepEqual(problems, []);
  await page.close();
});
