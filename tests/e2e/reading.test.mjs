// The reading experience end to end: views and toggles, cards, linking,
// the side panel against the JSON, exports, a 1 MB paste, dark layout,
// print, and an annotator that fails to start.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openBrowser, openPage, pasteAndWait, waitForDone, highlights, SHOTS } from "./browser.mjs";
import { SAMPLE_ARTICLE } from "../../www/sample.js";

let browser;
before(async () => {
  browser = await openBrowser({ contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
});
after(async () => {
  await browser?.close();
});

/** Opens the page with the sample article annotated; returns the page and its JSON. */
async function withSample() {
  const { page, problems } = await openPage(browser.context, browser.url);
  await page.click("#sample");
  await waitForDone(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const doc = JSON.parse(await readDownload(download));
  return { page, problems, doc };
}

async function readDownload(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The card's title and rows as `{ title, rows: { label: value } }`. */
function readCard(page) {
  return page.evaluate(() => {
    const card = document.getElementById("card");
    if (card.hidden) return null;
    const rows = {};
    const terms = card.querySelectorAll("dt");
    for (const term of terms) rows[term.textContent] = term.nextElementSibling.textContent;
    return { title: card.querySelector(".card-title").textContent, rows };
  });
}

const slice = (range) => SAMPLE_ARTICLE.slice(range.start, range.end);

const styleOf = (page, selector) =>
  page.$eval(selector, (e) => {
    const s = getComputedStyle(e);
    return `${s.backgroundColor}|${s.textDecorationLine}|${s.borderTopStyle}|${s.fontWeight}|${s.boxShadow}`;
  });

test("each legend toggle hides only its kind's styling, and shows it again, in every view", async () => {
  const { page } = await withSample();
  const plain = await styleOf(page, "#reading p");
  const views = await page.$$eval("[data-view-choice]", (choices) => choices.map((c) => c.dataset.viewChoice));
  assert.deepEqual(views, ["sourcing", "names", "hedges", "all"]);
  for (const view of views) {
    await page.click(`[data-view-choice="${view}"]`);
    const kinds = await page.$$eval("[data-legend]", (bs) => bs.map((b) => b.dataset.legend));
    // Claims are drawn in the Sourcing view only beside a selected source; "other" is rare in the sample.
    const drawn = kinds.filter((kind) => kind !== "other" && !(kind === "content" && view !== "all"));
    const mark = (kind) => (kind === "quote" && view !== "all" ? '#reading [data-kind="quote"] .qm' : `#reading [data-kind="${kind}"]`);
    const before = {};
    for (const kind of drawn) before[kind] = await styleOf(page, mark(kind));
    for (const kind of drawn) {
      const toggle = `[data-legend="${kind}"]`;
      assert.equal(await page.getAttribute(toggle, "aria-pressed"), "true");
      await page.click(toggle);
      assert.equal(await page.getAttribute(toggle, "aria-pressed"), "false");
      assert.equal(await page.textContent(`${toggle} .legend-state`), "hidden", "an off toggle says so in words");
      const off = await styleOf(page, mark(kind));
      assert.notEqual(off, before[kind], `${view}: ${kind} loses its styling`);
      if (kind !== "quote") {
        assert.equal(off.split("|").slice(0, 3).join("|"), plain.split("|").slice(0, 3).join("|"), `${view}: ${kind} looks like plain text`);
      }
      for (const other of drawn.filter((k) => k !== kind)) {
        // Nested kinds may inherit weight from a parent; background, lines and borders stay.
        assert.equal((await styleOf(page, mark(other))).split("|")[2], before[other].split("|")[2], `${other} keeps its border while ${kind} is off`);
      }
      await page.click(toggle);
      assert.equal(await styleOf(page, mark(kind)), before[kind], `${view}: ${kind} comes back`);
    }
  }
  const counts = await page.$$eval("[data-count]", (es) => Object.fromEntries(es.map((e) => [e.dataset.count, Number(e.textContent)])));
  const found = await highlights(page);
  for (const kind of ["person", "quote", "cue", "hedge"]) {
    const distinct = new Set(found.filter((h) => h.kind === kind).map((h) => JSON.stringify(h.data)));
    assert.equal(counts[kind], distinct.size, `legend count of ${kind}`);
  }
});

test("each view shows only its marks, and the legend says in words what they mean", async () => {
  const { page, doc } = await withSample();
  const drawnKinds = () =>
    page.$$eval("#reading .hl", (es) => {
      const shown = new Set();
      for (const e of es) {
        const s = getComputedStyle(e);
        const p = getComputedStyle(e.parentElement);
        const styled = s.backgroundColor !== "rgba(0, 0, 0, 0)" || s.textDecorationLine !== "none" || s.borderTopStyle !== "none" ||
          s.color !== p.color || (e.dataset.kind === "quote" && getComputedStyle(e.querySelector(".qm") ?? e).color !== s.color);
        if (styled) shown.add(e.dataset.kind);
      }
      return [...shown].sort();
    });
  await page.mouse.move(0, 0);
  assert.equal(await page.getAttribute("#reading", "data-view"), "sourcing", "Sourcing is the default view");
  assert.deepEqual(await drawnKinds(), ["cue", "quote", "source"]);
  await page.click('[data-view-choice="names"]');
  assert.deepEqual(await drawnKinds(), ["organization", "person", "place"]);
  await page.click('[data-view-choice="hedges"]');
  assert.deepEqual(await drawnKinds(), ["hedge"]);
  await page.click('[data-view-choice="all"]');
  assert.deepEqual(await drawnKinds(), ["content", "cue", "hedge", "organization", "person", "place", "quote", "source"]);
  const meanings = await page.$$eval(".legend-item", (items) => items.map((i) => i.querySelector(".legend-meaning").textContent));
  const absent = await page.$$eval(".legend-absent", (items) => items.map((i) => i.textContent));
  const kinds = doc.summary.labels.highlight_kinds;
  const absentKinds = kinds.filter((k) => absent.some((line) => line.includes(k.label)));
  assert.equal(meanings.length + absentKinds.length, kinds.length, "each kind has its meaning, or is said to be absent");
  assert.deepEqual(absentKinds.map((k) => k.kind), ["other"], "the sample has no other name; it is named, not counted as 0");
  assert.ok(meanings.every((m) => m.length > 10), "every mark has its meaning on screen");
});

test("cards describe a quote, an entity and an anonymous attribution", async () => {
  const { page, doc } = await withSample();

  const q = doc.quotes.findIndex((quote) => quote.attribution !== null && doc.attributions[quote.attribution].source);
  const attribution = doc.attributions[doc.quotes[q].attribution];
  await page.hover(`#reading [data-kind="quote"][data-quote="${q}"]`);
  const quoteCard = await readCard(page);
  assert.equal(quoteCard.title, "Quotation");
  assert.equal(quoteCard.rows.Speaker, doc.entities[attribution.source.entity].name, "the speaker's name, as the panel gives it");
  assert.equal(quoteCard.rows.Cue, slice(attribution.cue));
  assert.match(quoteCard.rows.Who, /named person|named organization/);

  const entity = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  await page.click('[data-view-choice="names"]');
  await page.click(`#reading [data-entity="${entity.id}"]`);
  const entityCard = await readCard(page);
  assert.ok(entityCard.title.endsWith(`: ${entity.name}`), entityCard.title);
  assert.equal(entityCard.rows.Mentions, String(entity.mentions.length));
  for (const mention of entity.mentions) assert.ok(entityCard.rows["Names used"].includes(slice(mention)));

  const a = doc.attributions.findIndex((x) => x.source_kind === "anonymous");
  assert.ok(a >= 0, "the sample has an anonymous attribution");
  await page.click('[data-view-choice="sourcing"]');
  await page.click(`#reading [data-kind="source"][data-attribution="${a}"]:not([data-via])`);
  const anonymousCard = await readCard(page);
  assert.equal(anonymousCard.rows["Written as"], slice(doc.attributions[a].source));
  assert.match(anonymousCard.rows.Who, /^anonymous source/);
  if (doc.attributions[a].via) assert.ok(anonymousCard.rows.Who.includes(`second-hand via ${slice(doc.attributions[a].via)}`));
  await page.keyboard.press("Escape");
  assert.equal(await readCard(page), null, "Escape closes the card");

  await page.click('[data-view-choice="all"]');
  const claim = doc.attributions.findIndex((x) => x.content && !x.direct);
  // A claim may be split around a highlight it crosses ("is expected to"
  // around "to vote …"); click a piece that no other highlight holds.
  await page.$$eval(`#reading [data-kind="content"][data-attribution="${claim}"]`, (pieces) =>
    pieces.find((e) => !e.parentElement.closest(".hl")).click(),
  );
  const claimCard = await readCard(page);
  assert.equal(claimCard.title, "Attributed claim");
  assert.equal(claimCard.rows.Cue, slice(doc.attributions[claim].cue));
});

test("selecting a quote marks its speaker and cue; selecting a name marks all its mentions", async () => {
  const { page, doc } = await withSample();
  const q = doc.quotes.findIndex((quote) => quote.attribution !== null && doc.attributions[quote.attribution].source);
  const a = doc.quotes[q].attribution;
  await page.click(`#reading [data-kind="quote"][data-quote="${q}"]`);
  const linked = await page.$$eval("#reading .linked", (es) => es.map((e) => ({ kind: e.dataset.kind, start: Number(e.dataset.start), text: e.textContent })));
  assert.ok(linked.some((e) => e.kind === "source" && e.start === doc.attributions[a].source.start), "the speaker is marked");
  assert.ok(linked.some((e) => e.kind === "cue" && e.start === doc.attributions[a].cue.start), "the cue is marked");

  const entity = doc.entities.find((e) => e.mentions.length > 1);
  await page.click('[data-view-choice="names"]');
  await page.click(`#reading [data-entity="${entity.id}"]`);
  const marked = await page.$$eval("#reading .linked[data-entity]", (es) => es.map((e) => Number(e.dataset.start)));
  assert.deepEqual(marked.sort((x, y) => x - y), entity.mentions.map((m) => m.start));
});

test("the side panel's counts equal the JSON's, and its entries mark the article", async () => {
  const { page, doc } = await withSample();
  const panel = await page.evaluate(() => ({
    entities: [...document.querySelectorAll("#panel [data-entity]")].map((b) => [Number(b.dataset.entity), Number(b.dataset.mentions)]),
    claims: document.querySelectorAll("#panel [data-section='sources'] .claim[data-attribution]").length,
    hedges: [...document.querySelectorAll("#panel [data-hedges]")].reduce((n, b) => n + Number(b.dataset.hedges), 0),
    cardKinds: [...document.querySelectorAll("#panel .source-card")].map((c) => c.dataset.sourceKind),
    headings: [...document.querySelectorAll("#panel h3")].map((h) => h.textContent),
  }));
  assert.deepEqual(
    panel.entities.sort((x, y) => x[0] - y[0]),
    doc.entities.map((e) => [e.id, e.mentions.length]),
  );
  assert.equal(panel.claims, doc.attributions.length, "every attribution is a claim of one source");
  assert.equal(panel.hedges, doc.hedges.length);
  assert.deepEqual(panel.headings, [
    `Sources (${panel.cardKinds.length})`,
    `Names (${doc.entities.length})`,
    `Hedges (${doc.hedges.length})`,
  ]);
  const transparent = panel.cardKinds.findIndex((k) => k === "person" || k === "organization");
  const opaque = panel.cardKinds.map((k, i) => [k, i]).filter(([k]) => k === "anonymous");
  assert.ok(opaque.length && opaque.every(([, i]) => i < transparent), `anonymous first: ${panel.cardKinds}`);

  const entity = doc.entities.find((e) => e.mentions.length > 1);
  await page.click(`#panel [data-entity="${entity.id}"]`);
  assert.equal(await page.$$eval("#reading .linked", (es) => es.length), entity.mentions.length);

  const summary = await page.textContent("#summary");
  assert.ok(summary.startsWith(`${doc.attributions.length} attributions: `), summary);
  const anonymous = doc.attributions.filter((a) => a.source_kind === "anonymous").length;
  await page.click("#summary [data-source-kind='anonymous']");
  const marked = await page.$$eval("#reading .linked[data-kind='source']:not([data-via])", (es) => es.length);
  assert.equal(marked, anonymous, "the summary part marks the anonymous sources");
});

test("exports: the contract JSON, a self-contained HTML page and a plain-text report", async () => {
  const { page, doc } = await withSample();
  assert.equal(doc.schema, "sourcelight/1");
  assert.equal(doc.offsets, "utf16");
  for (const e of doc.entities) for (const m of e.mentions) assert.ok(slice(m).trim().length > 0);

  const [htmlDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
  assert.match(htmlDownload.suggestedFilename(), /\.sourcelight\.html$/);
  const html = await readDownload(htmlDownload);
  assert.match(html, /^<!doctype html>/i);
  assert.ok(html.includes("Kowalczyk") && html.includes("Northern Ledger"), "the article is in the page");
  assert.ok(!/<script|src="https?:|href="https?:\/\/[^"]*\.css/i.test(html), "no scripts and no external requests");

  await page.click("#copy-report");
  await page.waitForFunction(() => document.getElementById("copy-report").dataset.copied === "true");
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const lines = report.split("\n");
  assert.ok(lines[0].startsWith("Sourcing report: Harbour town weighs"), lines[0]);
  const parts = await page.$$eval("#summary button", (bs) => bs.map((b) => b.textContent));
  assert.equal(lines[1], parts.join("; "), "the report opens with the summary");
  const anonymous = doc.attributions.find((a) => a.source_kind === "anonymous");
  assert.ok(lines.includes(`- ${slice(anonymous.source)} [anonymous source]: 1 claim`), "the anonymous source is listed");
  assert.ok(report.includes("the text never left the page"));
});

test("a 1 MB paste keeps the page responsive and shows progress", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  let big = "";
  for (let i = 0; big.length < 1_000_000; i += 1) big += SAMPLE_ARTICLE.replaceAll("Kowalczyk", `Kowalczyk${i % 50 ? "" : "-Lind"}`) + "\n\n";
  await page.evaluate(() => {
    const root = document.documentElement;
    window.seen = { busyAtInput: [], progressShown: false };
    document.querySelector("textarea[name='article']").addEventListener("input", () => window.seen.busyAtInput.push(root.dataset.busy));
    new MutationObserver(() => {
      if (!document.getElementById("progress").hidden) window.seen.progressShown = true;
    }).observe(document.getElementById("progress"), { attributes: true });
  });
  await page.evaluate((text) => {
    const box = document.querySelector("textarea[name='article']");
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, big);
  await page.waitForFunction(() => document.documentElement.dataset.busy === "true");
  await page.keyboard.press("End");
  await page.keyboard.type(" Ines Moreau said so.");
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.busyAtInput.slice(1).includes("true"), `typing was handled while the article was being annotated: ${seen.busyAtInput}`);
  // The typed words start a new annotation once typing stops; wait for that one.
  await page.waitForFunction(
    () => document.getElementById("reading").lastElementChild?.textContent.endsWith("Ines Moreau said so."),
    null,
    { polling: 250 },
  );
  await waitForDone(page);
  const final = await page.evaluate(() => ({
    text: document.getElementById("reading").textContent.slice(-40),
    highlights: document.querySelectorAll("#reading [data-kind]").length,
    progressShown: window.seen.progressShown,
  }));
  assert.ok(final.text.includes("Ines Moreau said so."), "the latest text is the one shown");
  assert.ok(final.highlights > 10_000, `highlights: ${final.highlights}`);
  assert.ok(final.progressShown, "progress was shown");
  assert.deepEqual(problems, []);
});

test("light and dark views; print shows the article and the legend without the controls", async () => {
  const { page } = await withSample();
  await page.hover('#reading [data-kind="quote"]');
  await page.screenshot({ path: join(SHOTS, "desktop-light.png"), fullPage: true });
  const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await page.emulateMedia({ colorScheme: "dark" });
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.notEqual(darkBackground, lightBackground);
  const [r, g, b] = darkBackground.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background: ${darkBackground}`);
  await page.screenshot({ path: join(SHOTS, "desktop-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  await page.emulateMedia({ media: "print" });
  const print = await page.evaluate(() => ({
    input: getComputedStyle(document.getElementById("input-area")).display,
    legend: getComputedStyle(document.getElementById("legend")).display,
    reading: getComputedStyle(document.getElementById("reading")).display,
  }));
  assert.deepEqual(print, { input: "none", legend: "flex", reading: "block" }, "print keeps the legend as the key to the marks");
  await page.pdf({ path: join(SHOTS, "print.pdf") });
  await page.screenshot({ path: join(SHOTS, "print.png"), fullPage: true });
});

test("an annotator that cannot start shows a message and keeps the text", async () => {
  const broken = await openBrowser({ contextOptions: { serviceWorkers: "block" } });
  try {
    await broken.context.route("**/sourcelight_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not a wasm module") }),
    );
    const page = await broken.context.newPage();
    await page.goto(broken.url);
    await page.waitForSelector("#error:not([hidden])");
    assert.match(await page.textContent("#error"), /could not start/);
    await page.fill("textarea[name='article']", "Ines Moreau said the ferry could stop.");
    await page.waitForTimeout(400);
    assert.equal(await page.inputValue("textarea[name='article']"), "Ines Moreau said the ferry could stop.");
    assert.match(await page.textContent("#error"), /could not start|Your text is kept/);
  } finally {
    await broken.close();
  }
});

test("a dropped .md file and an opened .txt file are read and annotated", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["# Ferry news\n\nInes Moreau said the *ferry* could stop."], "ferry.md", { type: "text/markdown" }));
    const zone = document.getElementById("input-area");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await waitForDone(page);
  assert.equal(await page.inputValue("textarea[name='article']"), "# Ferry news\n\nInes Moreau said the *ferry* could stop.");
  assert.equal(await page.textContent("#reading h2"), "Ferry news");
  assert.equal(await page.textContent("#reading em"), "ferry", "Markdown emphasis shown, its asterisks hidden");
  assert.ok(!(await page.textContent("#reading")).includes("*"));

  await page.setInputFiles("#file", { name: "harbour.txt", mimeType: "text/plain", buffer: Buffer.from("Zoë Brandt said the harbour may close.\n") });
  await page.waitForFunction(() => document.getElementById("reading").textContent.includes("Zoë Brandt said"));
  await waitForDone(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  assert.equal(download.suggestedFilename(), "harbour.sourcelight.json", "exports are named after the file");

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["GIF89a"], "photo.gif", { type: "image/gif" }));
    document.getElementById("input-area").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /photo\.gif.*not a \.txt or \.md file/);
  assert.equal(await page.inputValue("textarea[name='article']"), "Zoë Brandt said the harbour may close.\n", "the text is kept");
  await page.click("#edit-text");
  await page.click("#clear");
  assert.equal(await page.inputValue("textarea[name='article']"), "");
  assert.ok(await page.$eval("#results", (r) => r.hidden), "Clear empties the view");
});

test("numbered lists keep their numbers and bullets stay bullets", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, "# Ferry plan\n\nThe council listed its steps.\n\n2. Sell the old boats.\n3. Lease two new ones.\n\n- Fares stay the same.\n");
  const lists = await page.$$eval("#reading ol, #reading ul", (all) =>
    all.map((list) => ({ tag: list.localName, start: list.start ?? null, items: [...list.children].map((li) => li.textContent) })),
  );
  assert.deepEqual(lists, [
    { tag: "ol", start: 2, items: ["Sell the old boats.", "Lease two new ones."] },
    { tag: "ul", start: null, items: ["Fares stay the same."] },
  ]);
});
