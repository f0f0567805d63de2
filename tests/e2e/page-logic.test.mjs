// The page logic that needs no browser, tested directly in Node: the
// interval nesting behind the reading view, and the words of the summary
// and of the plain-text report.

import { test } from "node:test";
import assert from "node:assert/strict";
import { nest } from "../../www/nesting.js";
import { readFileSync } from "node:fs";
import { summaryParts, plainReport } from "../../www/summary.js";
import { excerpt, grouped } from "../../www/text.js";
import { applyCorrections } from "../../www/corrections.js";
import { initSync, annotate as annotateJson } from "../../www/pkg/sourcelight.js";

initSync({ module: readFileSync(new URL("../../www/pkg/sourcelight_bg.wasm", import.meta.url)) });
/** The core's document, read from the JSON text it returns. */
const annotate = (text, format) => JSON.parse(annotateJson(text, format));

/** The tree as `name start-end` lines, indented by depth. */
function outline(node, depth = 0) {
  const lines = node.item ? [`${"  ".repeat(depth)}${node.item.name} ${node.start}-${node.end}`] : [];
  for (const child of node.children) lines.push(...outline(child, node.item ? depth + 1 : depth));
  return lines;
}

const item = (name, start, end, rank = 0) => ({ name, start, end, rank });

test("contained ranges nest inside the range that holds them", () => {
  const root = nest([item("source", 4, 20, 4), item("entity", 8, 20, 6), item("paragraph", 0, 30, 0)], 30);
  assert.deepEqual(outline(root), ["paragraph 0-30", "  source 4-20", "    entity 8-20"]);
});

test("equal ranges nest by rank, lower rank outside", () => {
  const root = nest([item("hedge", 2, 5, 7), item("cue", 2, 5, 5)], 10);
  assert.deepEqual(outline(root), ["cue 2-5", "  hedge 2-5"]);
});

test("a crossing range is split at the end of the range it starts in", () => {
  const quote = item("quote", 5, 15, 3);
  const root = nest([item("paragraph", 0, 10, 0), item("paragraph", 10, 20, 0), quote], 20);
  assert.deepEqual(outline(root), ["paragraph 0-10", "  quote 5-10", "paragraph 10-20", "  quote 10-15"]);
  const pieces = root.children.map((p) => p.children[0].item);
  assert.equal(pieces[0], quote, "both pieces point at the same item");
  assert.equal(pieces[1], quote);
});

test("a range crossing several levels is split at each boundary", () => {
  const root = nest([item("a", 0, 6), item("b", 2, 4, 1), item("c", 3, 9, 2)], 10);
  assert.deepEqual(outline(root), ["a 0-6", "  b 2-4", "    c 3-4", "  c 4-6", "c 6-9"]);
});

test("empty, reversed and out-of-bounds ranges are dropped", () => {
  const root = nest([item("empty", 3, 3), item("reversed", 5, 2), item("outside", 8, 40), item("ok", 1, 2)], 10);
  assert.deepEqual(outline(root), ["ok 1-2"]);
});

test("children are sorted, disjoint and inside their parent on a random mix", () => {
  let seed = 7;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const items = Array.from({ length: 400 }, (_, i) => {
    const start = random(500);
    return item(`r${i}`, start, start + 1 + random(60), random(8));
  });
  const check = (node) => {
    let position = node.start;
    for (const child of node.children) {
      assert.ok(child.start >= position && child.end <= node.end && child.start < child.end);
      position = child.end;
      check(child);
    }
  };
  const root = nest(items, 600);
  check(root);
  const covered = new Map();
  const collect = (node) => {
    if (node.item) covered.set(node.item, (covered.get(node.item) ?? 0) + (node.end - node.start));
    node.children.forEach(collect);
  };
  collect(root);
  for (const original of items.filter((i) => i.end <= 600)) {
    assert.equal(covered.get(original), original.end - original.start, `${original.name} is covered exactly once`);
  }
});

const text = "Ann Lee said it may rain, according to sources cited by the Ledger.";
const machine = {
  entities: [{ id: 0, kind: "person", name: "Ann Lee", mentions: [{ start: 0, end: 7 }] }],
  quotes: [],
  attributions: [
    { cue: { start: 8, end: 12 }, source: { start: 0, end: 7, entity: 0 }, source_kind: "person", via: null, content: { start: 13, end: 24 }, direct: false, hedged: true, speaker: { name: "Ann Lee", entity: 0, resolved: true } },
    { cue: { start: 26, end: 38 }, source: { start: 39, end: 46, entity: null }, source_kind: "anonymous", via: { start: 56, end: 66, entity: null }, content: { start: 13, end: 24 }, direct: false, hedged: true, speaker: { name: "sources", entity: null, resolved: true } },
  ],
  hedges: [{ start: 16, end: 19, kind: "modal", in_quote: false }],
  blocks: [{ kind: "paragraph", start: 0, end: text.length }],
  summary: annotate(text, "auto").summary,
};
const doc = applyCorrections(machine, []);

test("the summary counts sources by kind, second-hand ones and hedges", () => {
  const words = summaryParts(doc).map((p) => p.text);
  assert.deepEqual(words, [
    "2 attributions",
    "1 named person",
    "1 anonymous source",
    "1 second-hand",
    "0 quotations",
    "1 hedge, in the writer's own words",
  ]);
});

test("the plain-text report lists the least transparent source first", () => {
  const report = plainReport(text, doc, "0.1.0").split("\n");
  const first = report.findIndex((line) => line === "- sources [anonymous source]: 1 claim");
  const named = report.findIndex((line) => line === "- Ann Lee [named person]: 1 claim");
  assert.ok(first > 0 && named > first, report.join("\n"));
  assert.ok(report.includes("    according to; indirect, hedged, via the Ledger: it may rain"), report.join("\n"));
  assert.ok(report.includes("- may (modal verb)"));
  assert.ok(report.includes("- Person: Ann Lee (1)"));
});

test("excerpts cut long text on a word boundary", () => {
  assert.equal(excerpt("short words"), "short words");
  const cut = excerpt("one two three four five six seven eight nine ten", 20);
  assert.ok(cut.endsWith("…") && cut.length <= 21 && !cut.includes("fiv"), cut);
});

test("numbers are grouped by thousands as toLocaleString('en') groups them", () => {
  for (const n of [0, 7, 999, 1000, 31_415, 999_999, 1_000_000, 10_000_000, 123_456_789_012]) {
    assert.equal(grouped(n), n.toLocaleString("en"), String(n));
  }
});

test("the hedge part says whose words the hedges are", () => {
  const hedge = (in_quote) => ({ start: 0, end: 3, kind: "modal", in_quote });
  const words = (hedges) => summaryParts({ ...doc, hedges }).at(-1).text;
  assert.equal(words([hedge(false), hedge(false)]), "2 hedges, all in the writer's own words");
  assert.equal(words([hedge(true), hedge(true)]), "2 hedges, all inside quotations");
  assert.equal(words([hedge(true)]), "1 hedge, inside a quotation");
  assert.equal(words([hedge(false), hedge(true), hedge(false)]), "3 hedges, 2 in the writer's own words");
});

test("an article with nothing found still gets a summary whose parts select nothing", () => {
  const empty = { entities: [], quotes: [], attributions: [], hedges: [], blocks: [], summary: doc.summary };
  const parts = summaryParts(empty);
  assert.deepEqual(parts.map((p) => p.text), ["0 attributions", "0 quotations", "0 hedges"]);
  for (const part of parts) assert.ok(part.selector.length > 0, "a valid selector");
});

test("corrections: a dismissed attribution renumbers the quotes that point past it; a stale one is counted apart", async () => {
  const { applyCorrections, shownDocument, withCorrection, textKey, loadCorrections, saveCorrections } = await import("../../www/corrections.js");
  const quoted = {
    ...machine,
    quotes: [{ start: 50, end: 60, kind: "speech", attribution: 1 }],
  };
  const cue = machine.attributions[0].cue;
  let list = withCorrection([], { kind: "dismiss", target: { type: "attribution", ...cue } });
  list = withCorrection(list, { kind: "note", target: { type: "hedge", start: 0, end: 1 } });
  const shown = shownDocument(applyCorrections(quoted, list));
  assert.equal(shown.attributions.length, 1);
  assert.equal(shown.quotes[0].attribution, 0, "the quote follows its attribution to its new index");
  assert.equal(shown.reader.applied.length, 1);
  assert.equal(shown.reader.stale.length, 1, "a correction whose target is gone");
  const words = summaryParts(shown).map((p) => p.text);
  assert.ok(words.includes("1 correction by you") && words.includes("1 of your corrections no longer matches the annotations"), words.join("; "));

  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v), removeItem: (k) => store.delete(k) };
  assert.ok(saveCorrections(text, list, storage));
  assert.deepEqual(loadCorrections(text, storage), list);
  assert.deepEqual(loadCorrections(`${text} `, storage), [], "another text has its own corrections");
  assert.notEqual(textKey(text), textKey(`${text} `));
  store.set(textKey(text), "not json");
  assert.deepEqual(loadCorrections(text, storage), [], "a damaged entry is no corrections, not an error");
});

test("corrections: a speaker given to an uncredited quotation credits it; an entity's kind moves its sources", async () => {
  const { applyCorrections, shownDocument, withCorrection } = await import("../../www/corrections.js");
  const { sourcesOf } = await import("../../www/sources.js");
  const quoted = { ...machine, quotes: [{ start: 13, end: 24, kind: "scare", attribution: null }] };
  let list = withCorrection([], { kind: "speaker", target: { type: "quote", start: 13, end: 24 }, speaker: { name: "Ann Lee", entity: 0 }, source_kind: "person" });
  list = withCorrection(list, { kind: "entity_kind", target: { type: "entity", start: 0, end: 7 }, entity_kind: "organization" });
  const shown = shownDocument(applyCorrections(quoted, list));
  const credited = shown.attributions[shown.quotes[0].attribution];
  assert.deepEqual(credited.speaker, { name: "Ann Lee", entity: 0, resolved: true, corrected: true });
  assert.equal(shown.quotes[0].kind, "speech");
  assert.equal(shown.entities[0].kind, "organization");
  const ann = sourcesOf(shown, text).find((s) => s.label === "Ann Lee");
  assert.equal(ann.claims.length, 2, "the reader's credit joins her card");
  assert.ok(ann.corrected);
});

test("the headline: a Markdown heading, else a short first paragraph of plain text", async () => {
  const { headline } = await import("../../www/exports.js");
  const body = "The ferry board met on Monday. Its chair said the boats would run until May.";
  const plain = `Ferry Board Keeps Winter Timetable\n\n${body}`;
  assert.equal(headline(plain, annotate(plain, "text")), "Ferry Board Keeps Winter Timetable");
  const marked = `# A Heading Of Our Own\n\n${body}`;
  assert.equal(headline(marked, annotate(marked, "markdown")), "A Heading Of Our Own");
  const long = `${body} ${body}\n\n${body}`;
  assert.equal(headline(long, annotate(long, "text")), null, "a long first paragraph is no headline");
  assert.equal(headline(body, annotate(body, "text")), null, "a one-paragraph text has no headline");
});

test("the report never calls a source 'named' when its speaker is unresolved", () => {
  const said = "She said it would rain.";
  const core = annotate(said, "auto");
  const [attribution] = core.attributions;
  assert.deepEqual([attribution.source_kind, attribution.speaker.resolved], ["person", false], JSON.stringify(attribution));
  const report = plainReport(said, applyCorrections(core, []), "0.1.0").split("\n");
  assert.ok(report.includes("- unresolved: She [person, name not found]: 1 claim"), report.join("\n"));
});

test("the summary line counts a source linked to no name apart from the named ones", () => {
  const text = "Mara Lind said the berth was unsafe. The court said the ruling stands.";
  const shown = applyCorrections(annotate(text, "auto"), []);
  const parts = summaryParts(shown).map((p) => p.text);
  assert.ok(parts.includes("1 named person"), parts.join(" · "));
  assert.ok(parts.includes("1 organization, name not found"), parts.join(" · "));
  assert.ok(!parts.some((p) => p.includes("named organization")), parts.join(" · "));
});
