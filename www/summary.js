// The summary line at the top and the plain-text report. The words are
// the core's: its profile (`summary.text`) and its labels for source and
// hedge kinds; the counts are those of the document as shown, so they
// agree with the panel after the reader's corrections.

import { ENTITY_KINDS, labelOf } from "./describe.js";
import { slice, excerpt, count } from "./text.js";
import { SOURCE_ORDER, sourcesOf, natureWords, isResolved } from "./sources.js";

/** CSS selector for the cues and sources of the attributions at `indices`. */
function attributionSelector(indices) {
  if (!indices.length) return ":not(*)";
  return indices.map((i) => `[data-attribution="${i}"]:is([data-kind="cue"],[data-kind="source"])`).join(",");
}

/** The order the summary counts source kinds in: the most transparent first. */
const SUMMARY_ORDER = [...SOURCE_ORDER].reverse();

/**
 * The parts of the summary line, each `{ text, selector }` where `selector`
 * finds the highlights the part counts; parts with nothing to count are
 * left out. The reader's corrections, if any, are the last part.
 */
export function summaryParts(doc) {
  const attributions = doc.attributions;
  const parts = [{ text: count(attributions.length, "attribution"), selector: attributionSelector(attributions.map((_, i) => i)), lead: true }];
  for (const kind of SUMMARY_ORDER) {
    // A person or organization linked to no name ("he", "the court") is
    // counted apart from the named ones, in the words the panel uses.
    const named = kind === "person" || kind === "organization";
    for (const resolved of named ? [true, false] : [null]) {
      const indices = attributions.flatMap((a, i) => (a.source_kind === kind && (resolved === null || isResolved(a) === resolved) ? [i] : []));
      if (!indices.length) continue;
      const words = { one: natureWords(doc, kind, resolved !== false), many: natureWords(doc, kind, resolved !== false, true) };
      parts.push({
        text: kind === "unknown" ? `${indices.length} with ${words.one}` : count(indices.length, words.one, words.many),
        selector: attributionSelector(indices),
        sourceKind: kind,
      });
    }
  }
  const secondHand = attributions.flatMap((a, i) => (a.via ? [i] : []));
  if (secondHand.length) parts.push({ text: `${secondHand.length} second-hand`, selector: attributionSelector(secondHand), sourceKind: "via" });
  const speech = doc.quotes.filter((q) => q.kind === "speech");
  const credited = speech.filter((q) => q.attribution != null).length;
  parts.push({
    text: `${count(speech.length, "quotation")}${speech.length ? `, ${credited} with a speaker` : ""}`,
    selector: '[data-kind="quote"][data-quote-kind="speech"]',
  });
  parts.push({ text: hedgeWords(doc.hedges), selector: '[data-kind="hedge"]' });
  const applied = doc.reader?.applied.length ?? 0;
  if (applied) parts.push({ text: count(applied, "correction by you", "corrections by you"), selector: "[data-corrected],[data-note]", corrections: true });
  const stale = doc.reader?.stale.length ?? 0;
  if (stale) {
    const verb = stale === 1 ? "no longer matches" : "no longer match";
    parts.push({ text: `${stale} of your corrections ${verb} the annotations`, selector: ":not(*)", corrections: true });
  }
  return parts;
}

/** "3 hedges, all in the writer's own words", "3 hedges, 1 in the writer's own words". */
function hedgeWords(hedges) {
  const total = count(hedges.length, "hedge");
  const writers = hedges.filter((h) => !h.in_quote).length;
  if (!hedges.length) return total;
  if (writers === hedges.length) return `${total}, ${hedges.length === 1 ? "in" : "all in"} the writer's own words`;
  if (writers === 0) return `${total}, ${hedges.length === 1 ? "inside a quotation" : "all inside quotations"}`;
  return `${total}, ${writers} in the writer's own words`;
}

/** The core's profile of the article, and a word on the reader's corrections. */
export function profileText(doc) {
  const corrections = doc.reader?.corrections.length ?? 0;
  const note = corrections ? ` (As the annotator found it, before your ${count(corrections, "correction")}.)` : "";
  return `${doc.summary.text}${note}`;
}

/** "direct, hedged, via the Ledger". */
function claimWords(claim) {
  return [claim.direct ? "direct" : "indirect", claim.hedged ? "hedged" : "not hedged", claim.via ? `via ${claim.via}` : null]
    .filter(Boolean)
    .join(", ");
}

/** A short plain-text sourcing report of `doc` (as shown), for the clipboard. */
export function plainReport(text, doc, version = "") {
  const lines = [];
  const title = doc.blocks?.find((b) => b.kind === "heading") ?? doc.blocks?.[0];
  lines.push(`Sourcing report${title ? `: ${excerpt(slice(text, title), 70)}` : ""}`);
  lines.push(summaryParts(doc).map((p) => p.text).join("; "));
  lines.push(profileText(doc));
  lines.push("");
  lines.push("Sources (least transparent first):");
  for (const source of sourcesOf(doc, text)) {
    const mark = source.corrected ? " (corrected by you)" : "";
    const kind = source.kind === "unknown" && source.key !== "none" ? "" : ` [${natureWords(doc, source.kind, source.resolved, source.joined)}]`;
    lines.push(`- ${source.label}${kind}${mark}: ${count(source.claims.length, "claim")}`);
    for (const claim of source.claims) lines.push(`    ${claim.cue || "(quoted)"}; ${claimWords(claim)}: ${claim.words}`);
  }
  if (!doc.attributions.length) lines.push("- none found");
  lines.push("");
  lines.push("Hedges:");
  const hedges = new Map();
  for (const h of doc.hedges) {
    const key = `${slice(text, h).toLowerCase()} (${doc.summary.labels.hedge_kinds[h.kind]?.one ?? h.kind})`;
    hedges.set(key, (hedges.get(key) ?? 0) + 1);
  }
  for (const [words, n] of hedges) lines.push(`- ${words}${n > 1 ? ` ×${n}` : ""}`);
  if (!hedges.size) lines.push("- none found");
  lines.push("");
  lines.push("Names:");
  for (const kind of ENTITY_KINDS) {
    const names = doc.entities.filter((e) => e.kind === kind && e.mentions.length).map((e) => `${e.name} (${e.mentions.length})`);
    if (names.length) lines.push(`- ${labelOf(doc, kind)}: ${names.join(", ")}`);
  }
  const notes = (doc.reader?.corrections ?? []).filter((c) => c.kind === "note");
  if (notes.length) {
    lines.push("");
    lines.push("Your notes:");
    for (const note of notes) lines.push(`- on “${excerpt(text.slice(note.target.start, note.target.end), 50)}”: ${note.note}`);
  }
  lines.push("");
  lines.push(`Made in the browser by sourcelight${version ? ` ${version}` : ""}; the text never left the page.`);
  return lines.join("\n");
}
