// The platform end to end: the served page in headless Chromium. Paste an
// article, see highlights whose data-start/data-end slice the pasted text
// (emoji and accents included), no request after load, hostile input shown
// as text.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openBrowser, openPage, pasteAndWait, highlights, SHOTS } from "./browser.mjs";

const ARTICLE =
  'Café owners in Münster 🌊 are worried about the harbour. "We will not close," said Zoë Brandt, ' +
  "who runs a bakery on the square. The harbour could be sold next year, according to the Ellin Courier. " +
  "Brandt said the town council is expected to decide in June.\n";

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test("pasted text shows highlights whose offsets slice the text to their words", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  await pasteAndWait(page, ARTICLE);
  const found = await highlights(page);
  assert.ok(found.length >= 8, `highlights: ${found.length}`);
  for (const h of found) {
    assert.equal(ARTICLE.slice(h.start, h.end), h.text, `${h.kind} ${h.start}-${h.end} slices to its own text`);
  }
  const has = (kind, words) => found.some((h) => h.kind === kind && h.text === words);
  assert.ok(has("person", "Zoë Brandt"), "an accented name after an emoji");
  assert.ok(has("person", "Brandt"), "the surname alone");
  assert.ok(has("place", "Münster"));
  assert.ok(has("quote", '"We will not close,"'));
  assert.ok(has("cue", "said") && has("cue", "according to"));
  assert.ok(has("source", "the Ellin Courier"));
  assert.ok(has("content", "We will not close,"));
  assert.ok(has("hedge", "could") && has("hedge", "is expected to"));
  const emoji = ARTICLE.indexOf("🌊");
  const brandt = found.find((h) => h.text === "Zoë Brandt");
  assert.equal(brandt.start, ARTICLE.indexOf("Zoë Brandt"), "UTF-16 offsets: the emoji counts two units");
  assert.ok(brandt.start > emoji + 2);
  assert.deepEqual(problems, []);
});

test("every annotation of the JSON is an element with its kind and offsets", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await page.click("#sample");
  await page.waitForFunction(() => document.getElementById("reading").dataset.state === "done");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const doc = JSON.parse(await readDownload(download));
  const expected = [];
  for (const e of doc.entities) for (const m of e.mentions) expected.push([e.kind, m.start, m.end]);
  for (const q of doc.quotes) expected.push(["quote", q.start, q.end]);
  for (const a of doc.attributions) {
    expected.push(["cue", a.cue.start, a.cue.end]);
    for (const part of [a.source, a.via]) if (part) expected.push(["source", part.start, part.end]);
    if (a.content) expected.push(["content", a.content.start, a.content.end]);
  }
  for (const h of doc.hedges) expected.push(["hedge", h.start, h.end]);
  const found = await highlights(page);
  for (const [kind, start, end] of expected) {
    const ofKind = found.filter((h) => h.kind === kind);
    assert.ok(ofKind.some((h) => h.start === start), `${kind} starting at ${start}`);
    assert.ok(ofKind.some((h) => h.end === end), `${kind} ending at ${end}`);
  }
  const kinds = new Set(found.map((h) => h.kind));
  for (const kind of ["person", "organization", "place", "quote", "cue", "source", "content", "hedge"]) {
    assert.ok(kinds.has(kind), `the sample shows ${kind}`);
  }
  await page.screenshot({ path: join(SHOTS, "platform-sample.png"), fullPage: true });
});

test("no request leaves the page after load, and the policy forbids any", async () => {
  const { page } = await openPage(browser.context, browser.url);
  await page.waitForFunction(() => document.documentElement.dataset.offline !== undefined);
  const requests = [];
  const record = (request) => {
    if (!/^(blob|data):/.test(request.url())) requests.push(request);
  };
  browser.context.on("request", record);
  const servedBefore = browser.served.length;
  try {
    await pasteAndWait(page, ARTICLE);
    await page.click("#edit-text");
    await page.click("#sample");
    await page.waitForFunction(() => document.getElementById("reading").dataset.state === "done");
    await page.click('[data-legend="quote"]');
    await page.click('#reading [data-kind="quote"]');
    await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    await Promise.all([page.waitForEvent("download"), page.click("#export-html")]);
    const attempts = await page.evaluate(async (origin) => {
      const tries = {
        fetchSameOrigin: fetch(`${origin}/index.html`),
        fetchElsewhere: fetch("https://example.org/"),
        image: new Promise((resolve, reject) => {
          const image = new Image();
          image.onload = resolve;
          image.onerror = reject;
          image.src = `${origin}/www/style.css`;
        }),
      };
      const outcome = {};
      for (const [name, attempt] of Object.entries(tries)) {
        outcome[name] = await attempt.then(() => "sent", () => "blocked");
      }
      return outcome;
    }, new URL(browser.url).origin);
    // A beacon is queued, then stopped by the policy: the server check below sees it if it leaks.
    await page.evaluate((origin) => navigator.sendBeacon(`${origin}/beacon`, "article text"), new URL(browser.url).origin);
    await page.waitForTimeout(300);
    assert.deepEqual(attempts, { fetchSameOrigin: "blocked", fetchElsewhere: "blocked", image: "blocked" });
  } finally {
    browser.context.off("request", record);
  }
  // The browser's own service-worker update check (a GET of sw.js, sent a
  // moment after any navigation, carrying nothing) may land here.
  const received = browser.served.slice(servedBefore).filter((line) => line !== "GET /sw.js");
  assert.deepEqual(received, [], "requests the server received after load");
  // Chromium reports the attempts the policy refused as failed requests.
  const left = requests.filter((r) => !/^(csp|net::ERR_BLOCKED_BY_CSP)$/.test(r.failure()?.errorText ?? ""));
  assert.deepEqual(left.map((r) => `${r.url()} ${r.failure()?.errorText}`), [], "requests the browser made after load");
});

test("pasted markup shows as text and runs nothing", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  const hostile =
    '<img src=x onerror="window.pwned=1"> Ines Moreau said <b>the vote</b> could <script>window.pwned=2</script> ' +
    'wait. <a href="javascript:window.pwned=3">click</a> <iframe src="https://example.org"></iframe>\n';
  await pasteAndWait(page, hostile);
  const view = await page.evaluate(() => {
    const reading = document.getElementById("reading");
    return {
      text: reading.textContent,
      elements: [...reading.querySelectorAll("img, script, b, a, iframe")].length,
      pwned: window.pwned ?? null,
    };
  });
  assert.ok(view.text.includes('<img src=x onerror="window.pwned=1">'), view.text);
  assert.ok(view.text.includes("<script>window.pwned=2</script>"));
  assert.equal(view.elements, 0, "no element made from the pasted text");
  assert.equal(view.pwned, null, "nothing ran");

  // Clipboard HTML without a plain-text flavour: its text is taken, nothing runs or loads.
  await page.evaluate(() => {
    const box = document.querySelector("textarea[name='article']");
    box.value = "";
    box.focus();
    const data = new DataTransfer();
    data.setData("text/html", '<h1>Port news</h1><p>Ines Moreau said <img src=x onerror="window.pwned=4">hello.</p><script>window.pwned=5</script>');
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById("reading").textContent.includes("hello"));
  assert.equal(await page.inputValue("textarea[name='article']"), "Port news\n\nInes Moreau said hello.");
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
  // Parsing the clipboard HTML makes Chromium check (and refuse) its inline
  // handlers against the policy; nothing else may be reported.
  assert.deepEqual(problems.filter((p) => !p.includes("violates the following Content Security Policy")), []);
});

/** The text of a finished download. */
async function readDownload(download) {
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
