// Reads the contract document into the flat list of ranges the reading view
// nests: blocks, Markdown inlines, hidden Markdown syntax, and highlights.

/**
 * Nesting order of the page's own ranges when ranges coincide: lower ranks go
 * outside. The highlight kinds' ranks, between these, come from the core
 * (`summary.labels.highlight_kinds`).
 */
const RANK = { block: 0, inline: 1, markup: 9 };

/**
 * The name to show beside a quote, when it helps: the resolved speaker's
 * name (the core's `speaker`, as the card and panel show it) where the
 * source's own words do not say it ("she", "the mayor") or sit in another
 * block than the quote. Null otherwise: an unresolved "he" is never shown
 * as a name.
 */
function speakerLabel(doc, quote, attribution, text) {
  const source = attribution?.source;
  const speaker = attribution?.speaker;
  if (!source || !speaker?.resolved) return null;
  const name = speaker.name;
  const words = text.slice(source.start, source.end);
  const sameBlock = (doc.blocks ?? []).some(
    (b) => b.start <= Math.min(source.start, quote.start) && Math.max(source.end, quote.end) <= b.end,
  );
  const named = words.includes(name) || name.includes(words);
  return sameBlock && named ? null : name;
}

/**
 * The highlights of `doc`: `{ kind, start, end, rank, data }`, where `data`
 * holds the `data-*` attributes that link a highlight to the rest of the
 * document (entity, quote, attribution or hedge index, and sub-kinds).
 */
export function highlightsOf(doc, text = "") {
  const found = [];
  const ranks = Object.fromEntries(doc.summary.labels.highlight_kinds.map((k) => [k.kind, k.rank]));
  const add = (kind, range, data) => {
    if (range) found.push({ kind, start: range.start, end: range.end, rank: ranks[kind], data });
  };
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) add(entity.kind, mention, { entity: entity.id });
  }
  doc.quotes.forEach((quote, index) => {
    const data = { quote: index, quoteKind: quote.kind };
    if (quote.attribution !== null && quote.attribution !== undefined) {
      data.attribution = quote.attribution;
      const speaker = speakerLabel(doc, quote, doc.attributions[quote.attribution], text);
      if (speaker) data.speaker = speaker;
    }
    add("quote", quote, data);
  });
  doc.attributions.forEach((attribution, index) => {
    const kind = attribution.source_kind;
    add("cue", attribution.cue, { attribution: index, sourceKind: kind });
    const source = attribution.source;
    add("source", source, {
      attribution: index,
      sourceKind: kind,
      ...(source?.entity != null ? { sourceEntity: source.entity } : {}),
      ...(attribution.via ? { secondHand: "true" } : {}),
    });
    const via = attribution.via;
    add("source", via, {
      attribution: index,
      via: "true",
      ...(via?.entity != null ? { sourceEntity: via.entity } : {}),
    });
    add("content", attribution.content, { attribution: index, direct: String(attribution.direct) });
  });
  doc.hedges.forEach((hedge, index) => {
    add("hedge", hedge, { hedge: index, hedgeKind: hedge.kind, inQuote: String(Boolean(hedge.in_quote)) });
  });
  return found;
}

/** Everything the reading view nests: blocks, inlines, markup and `highlights`. */
export function layoutItems(doc, highlights) {
  const blocks = (doc.blocks ?? []).map((block) => ({ ...block, role: "block", rank: RANK.block }));
  const inlines = (doc.inlines ?? []).map((inline) => ({ ...inline, role: "inline", rank: RANK.inline }));
  const markup = (doc.markup ?? []).map((range) => ({ ...range, role: "markup", rank: RANK.markup }));
  const marks = highlights.map((h) => ({ ...h, role: "highlight" }));
  return [...blocks, ...inlines, ...markup, ...marks];
}

/** How many of `highlights` there are of each kind. */
export function countByKind(highlights) {
  const counts = {};
  for (const h of highlights) counts[h.kind] = (counts[h.kind] ?? 0) + 1;
  return counts;
}
