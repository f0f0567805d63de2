// The sourcing profile of an annotated article, in words a reader
// understands: the summary line at the top and the plain-text report.

import { SOURCE_KINDS, SOURCE_ORDER, HEDGE_KINDS, ENTITY_KINDS, count, labelOf } from "./describe.js";

/** The text of a UTF-16 range of `text`. */
export function slice(text, range) {
  return range ? text.slice(range.start, range.end) : "";
}

/** Shortens `words` to about `limit` characters, on a word boundary. */
export function excerpt(words, limit = 80) {
  const flat = words.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), limit / 2))}…`;
}

/** CSS selector for the cues and sources of the attributions at `indices`. */
function attributionSelector(indices) {
  if (!indices.length) return ":not(*)";
  return indices
    .map((i) => `[data-attribution="${i}"]:is([data-kind="cue"],[data-kind="source"])`)
    .join(",");
}

/**
 * The parts of the summary line, each `{ text, selector }` where `selector`
 * finds the highlights the part counts. Parts with nothing to count are left
 * out; with no attributions the first part says so.
 */
export function summaryParts(doc) {
  const parts = [];
  const attributions = doc.attributions;
  const byKind = {};
  attributions.forEach((a, i) => (byKind[a.source_kind] ??= []).push(i));
  const secondHand = attributions.flatMap((a, i) => (a.via ? [i] : []));
  parts.push({
    text: count(attributions.length, "attribution"),
    selector: attributionSelector(attributions.map((_, i) => i)),
    lead: true,
  });
  for (const kind of ["person", "organization", "document", "unnamed_group", "anonymous", "unknown"]) {
    const indices = byKind[kind] ?? [];
    if (!indices.length) continue;
    const words = SOURCE_KINDS[kind];
    parts.push({
      text: kind === "unknown" ? `${indices.length} with no source given` : count(indices.length, words.one, words.many),
      selector: attributionSelector(indices),
      sourceKind: kind,
    });
  }
  if (secondHand.length) {
    parts.push({ text: `${secondHand.length} second-hand`, selector: attributionSelector(secondHand), sourceKind: "via" });
  }
  const speech = doc.quotes.filter((q) => q.kind === "speech");
  const attributed = speech.filter((q) => q.attribution !== null && q.attribution !== undefined);
  parts.push({
    text: `${count(speech.length, "quotation")}${speech.length ? `, ${attributed.length} attributed` : ""}`,
    selector: '[data-kind="quote"][data-quote-kind="speech"]',
  });
  const scare = doc.quotes.length - speech.length;
  if (scare) {
    parts.push({ text: count(scare, "scare or title quote"), selector: '[data-kind="quote"]:not([data-quote-kind="speech"])' });
  }
  parts.push({ text: hedgeWords(doc.hedges), selector: '[data-kind="hedge"]' });
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

/** Who an attribution credits, in words: "sources via the Northern Ledger". */
export function sourceWords(text, attribution) {
  const source = attribution.source ? slice(text, attribution.source) : SOURCE_KINDS.unknown.one;
  return attribution.via ? `${source}, via ${slice(text, attribution.via)}` : source;
}

/** Attribution indices in listing order: least transparent first, then text order. */
export function attributionsInOrder(doc) {
  const rank = (a) => (a.via ? -1 : SOURCE_ORDER.indexOf(a.source_kind));
  return doc.attributions
    .map((a, i) => i)
    .sort((i, j) => rank(doc.attributions[i]) - rank(doc.attributions[j]) || doc.attributions[i].cue.start - doc.attributions[j].cue.start);
}

/** The speaker a quote is credited to, as a grouping key and a label. */
export function speakerOf(text, doc, quote) {
  const attribution = quote.attribution != null ? doc.attributions[quote.attribution] : null;
  if (!attribution || !attribution.source) return { key: "none", label: "No speaker found" };
  const entity = attribution.source.entity != null ? doc.entities[attribution.source.entity] : null;
  return entity
    ? { key: `entity:${entity.id}`, label: entity.name }
    : { key: `text:${slice(text, attribution.source).toLowerCase()}`, label: slice(text, attribution.source) };
}

/** A short plain-text sourcing report of `doc`, for the clipboard. */
export function plainReport(text, doc, version = "") {
  const lines = [];
  const title = doc.blocks?.find((b) => b.kind === "heading") ?? doc.blocks?.[0];
  lines.push(`Sourcing report${title ? `: ${excerpt(slice(text, title), 70)}` : ""}`);
  lines.push(summaryParts(doc).map((p) => p.text).join("; "));
  lines.push("");
  lines.push("Sources (least transparent first):");
  for (const i of attributionsInOrder(doc)) {
    const a = doc.attributions[i];
    const kind = a.via ? "second-hand" : SOURCE_KINDS[a.source_kind].one;
    const flags = [a.direct ? "direct quote" : null, a.hedged ? "hedged" : null].filter(Boolean);
    lines.push(`- [${kind}] ${sourceWords(text, a)} (${slice(text, a.cue)}${flags.length ? `; ${flags.join(", ")}` : ""})`);
    if (a.content) lines.push(`    ${excerpt(slice(text, a.content))}`);
  }
  if (!doc.attributions.length) lines.push("- none found");
  lines.push("");
  lines.push("Hedges:");
  const hedges = new Map();
  for (const h of doc.hedges) {
    const key = `${slice(text, h).toLowerCase()} (${HEDGE_KINDS[h.kind] ?? h.kind})`;
    hedges.set(key, (hedges.get(key) ?? 0) + 1);
  }
  for (const [words, n] of hedges) lines.push(`- ${words}${n > 1 ? ` ×${n}` : ""}`);
  if (!hedges.size) lines.push("- none found");
  lines.push("");
  lines.push("Names:");
  for (const kind of ENTITY_KINDS) {
    const names = doc.entities.filter((e) => e.kind === kind).map((e) => `${e.name} (${e.mentions.length})`);
    if (names.length) lines.push(`- ${labelOf(kind)}: ${names.join(", ")}`);
  }
  lines.push("");
  lines.push(`Made in the browser by sourcelight${version ? ` ${version}` : ""}; the text never left the page.`);
  return lines.join("\n");
}
