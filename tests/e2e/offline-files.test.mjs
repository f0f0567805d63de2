// The service worker's list of files to keep for offline use names every
// module and stylesheet the page loads, and nothing that does not exist.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser.mjs";

const listed = [...readFileSync(join(ROOT, "sw.js"), "utf8").matchAll(/^\s+"(\.\/[^"]*)",$/gm)].map((m) => m[1]);

test("every www module and stylesheet is kept for offline use", () => {
  const files = readdirSync(join(ROOT, "www")).filter((name) => /\.(js|css)$/.test(name));
  assert.ok(files.length > 5);
  for (const name of files) assert.ok(listed.includes(`./www/${name}`), `sw.js keeps ./www/${name}`);
  for (const name of ["./", "./index.html", "./www/pkg/sourcelight.js", "./www/pkg/sourcelight_bg.wasm"]) {
    assert.ok(listed.includes(name), `sw.js keeps ${name}`);
  }
});

test("every file kept for offline use exists in the source tree or the wasm build", () => {
  for (const name of listed.filter((n) => n !== "./" && !n.startsWith("./www/pkg/"))) {
    assert.ok(existsSync(join(ROOT, name)), `${name} exists`);
  }
});
