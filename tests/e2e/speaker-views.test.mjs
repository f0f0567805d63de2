// The speaker every view shows is the core's: beside a quotation never an
// unresolved pronoun, and a joined source's badge in the plural. Needs no
// browser and no wasm: the documents are written here.

import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightsOf } from "../../www/highlights.js";
import { sourcesOf, sourceNature } from "../../www/sources.js";

const labels = {
  highlight_kinds: ["person", "quote", "cue", "source", "content"].map((kind) => ({ kind, rank: 3 })),
  source_kinds: { person: { one: "named person", many: "named people" } },
};

/** The `data-speaker` of the quote highlight in `text`, for one attribution. */
function shownBesideQuote(text, quote, source, entity, speaker) {
  const span = (words) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const doc = {
    entities: [{ id: 0, kind: "person", name: "He", mentions: [span(source)] }],
    quotes: [{ ...span(quote), kind: "speech", attribution: 0 }],
    attributions: [{ cue: span("said"), source: { ...span(source), entity }, source_kind: "person", via: null, content: span(quote), direct: true, hedged: false, speaker }],
    hedges: [],
    blocks: [{ kind: "paragraph", start: 0, end: text.length }],
    summary: { labels },
  };
  return highlightsOf(doc, text).find((h) => h.kind === "quote").data.speaker;
}

test("an unresolved pronoun is never shown as the quote's speaker", () => {
  const text = "“The berth is unsafe,” He said.";
  const speaker = { name: "He", entity: null, resolved: false };
  assert.equal(shownBesideQuote(text, "The berth is unsafe", "He", 0, speaker), undefined);
});

test("a pronoun resolved by the core shows the core's name", () => {
  const text = "“The berth is unsafe,” she said.";
  const speaker = { name: "Mara Lind", entity: 0, resolved: true };
  assert.equal(shownBesideQuote(text, "The berth is unsafe", "she", 0, speaker), "Mara Lind");
});

test("a joined source reads in the plural on its card and in the panel", () => {
  const text = "Mara Lind and Tomas Greve said the berth was unsafe.";
  const source = { start: 0, end: 25, entity: 1 };
  const speaker = { name: "Mara Lind and Tomas Greve", entity: null, resolved: true, joined: [0, 1] };
  const attribution = { cue: { start: 26, end: 30 }, source, source_kind: "person", via: null, content: { start: 31, end: 51 }, direct: false, hedged: false, speaker };
  const doc = { attributions: [attribution], summary: { labels } };
  assert.equal(sourceNature(doc, attribution), "named people");
  const [panelSource] = sourcesOf(doc, text);
  assert.equal(panelSource.joined, true);
  assert.equal(sourceNature(doc, { ...attribution, speaker: { ...speaker, joined: undefined } }), "named person");
});
