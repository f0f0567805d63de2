// Hostile input in the page: every case of tests/hostile/cases.txt pasted
// (cut to 100 KB) annotates; a text over the core's limit is refused with
// the limit in words before it reaches the worker; a worker that goes
// silent is replaced after the deadline, with a message, and the text is
// kept every time.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openBrowser, openPage, pasteAndWait, highlights, SHOTS, ROOT } from "./browser.mjs";
import { utf8Length, refusal, MAX_INPUT_BYTES, deadlineSeconds } from "../../www/guard.js";

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Puts `text` in the article box as a paste would, without waiting. */
async function paste(page, text) {
  await page.evaluate((value) => {
    const box = document.querySelector("textarea[name='article']");
    box.value = value;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

test("the page counts UTF-8 bytes as the core does", () => {
  for (const text of ["", "plain", "Zoë", "€5", "🎉 ok", "a\ud800b", "\udc00", "北京。"]) {
    assert.equal(utf8Length(text), Buffer.byteLength(text), JSON.stringify(text));
  }
  assert.equal(refusal("a".repeat(MAX_INPUT_BYTES)), null);
  assert.match(refusal("a".repeat(MAX_INPUT_BYTES + 1)), /10,000,001 bytes; the annotator reads up to 10 MB \(10,000,000 bytes\) at once/);
  assert.match(refusal("a".repeat(2 * MAX_INPUT_BYTES)), /20\.0 MB; the annotator reads up to 10 MB/);
});

test("every hostile case pasted into the page is annotated", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-hostile-"));
  try {
    execFileSync("cargo", ["run", "--quiet", "--release", "--bin", "stress", "--", "seeds", dir, "100000"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    const { page, problems } = await openPage(browser.context, browser.url);
    for (const name of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, name), "utf8");
      await pasteAndWait(page, text);
      assert.equal(await page.isHidden("#error"), true, `${name}: no error shown`);
      assert.equal(await page.inputValue("textarea[name='article']"), text, `${name}: the text is kept`);
      const found = await highlights(page);
      for (const h of found.slice(0, 200)) {
        assert.ok(h.start <= h.end && h.end <= text.length, `${name}: ${h.kind} ${h.start}-${h.end} in bounds`);
      }
    }
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a text over the limit is refused with the limit, and kept", async () => {
  const { page, problems } = await openPage(browser.context, browser.url);
  assert.match(await page.textContent("#status"), /up to 10 MB/);
  await page.evaluate((bytes) => {
    const box = document.querySelector("textarea[name='article']");
    box.value = "word ".repeat(bytes / 5 + 1);
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, MAX_INPUT_BYTES);
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /reads up to 10 MB \(10,000,000 bytes\) at once\. Annotate it in parts\./);
  assert.match(await page.textContent("#status"), /too large/);
  const kept = await page.evaluate(() => document.querySelector("textarea[name='article']").value.length);
  assert.equal(kept, MAX_INPUT_BYTES + 5);
  await page.screenshot({ path: join(SHOTS, "hostile-too-large.png") });
  assert.deepEqual(problems, []);
});

test("a worker that goes silent is replaced after the deadline, with a message", async () => {
  // Its own browser, with no service worker to fetch worker.js past the route.
  const own = await openBrowser({ contextOptions: { serviceWorkers: "block" } });
  const page = await own.context.newPage();
  await page.route(/\/www\/worker\.js$/, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'self.postMessage({ type: "ready", version: "silent" }); self.onmessage = () => self.close();',
    }),
  );
  await page.clock.install();
  await page.goto(own.url);
  await page.waitForSelector("html[data-ready='true']");
  const text = "Ana Ruiz said the vote was fine.";
  await paste(page, text);
  await page.clock.runFor((deadlineSeconds(text) + 2) * 1000);
  await page.waitForSelector("#error:not([hidden])");
  const message = await page.textContent("#error");
  assert.match(message, new RegExp(`gave no answer within ${deadlineSeconds(text)} seconds and was restarted`));
  assert.match(message, /Your text is kept/);
  assert.equal(await page.inputValue("textarea[name='article']"), text);
  await page.screenshot({ path: join(SHOTS, "hostile-silent-worker.png") });
  await own.close();
});
