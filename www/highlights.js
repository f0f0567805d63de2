// Reads the contract document into the flat list of ranges the reading view
// nests: blocks, Markdown inlines, hidden Markdown syntax, and highlights.

/** Nesting order when ranges coincide: lower ranks go outside. */
const RANK = {
  block: 0,
  inline: 1,
  content: 2,
  quote: 3,
  source: 4,
  cue: 5,
  person: 6,
  organization: 6,
  place: 6,
  other: 6,
  hedge: 7,
  markup: 9,
};

/**
 * The highlights of `doc`: `{ kind, start, end, rank, data }`, where `data`
 * holds the `data-*` attributes that link a highlight to the rest of the
 * document (entity, quote, attribution or hedge index, and sub-kinds).
 */
export function highlightsOf(doc) {
  const found = [];
  const add = (kind, range, data) => {
    if (range) found.push({ kind, start: range.start, end: range.end, rank: RANK[kind], data });
  };
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) add(entity.kind, mention, { entity: entity.id });
  }
  doc.quotes.forEach((quote, index) => {
    const data = { quote: index, quoteKind: quote.kind };
    if (quote.attribution !== null && quote.attribution !== undefined) {
      data.attribution = quote.attribution;
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

/** Everything the reading view nests: blocks, inlines, markup and highlights. */
export function layoutItems(doc) {
  const blocks = (doc.blocks ?? []).map((block) => ({ ...block, role: "block", rank: RANK.block }));
  const inlines = (doc.inlines ?? []).map((inline) => ({ ...inline, role: "inline", rank: RANK.inline }));
  const markup = (doc.markup ?? []).map((range) => ({ ...range, role: "markup", rank: RANK.markup }));
  const highlights = highlightsOf(doc).map((h) => ({ ...h, role: "highlight" }));
  return [...blocks, ...inlines, ...markup, ...highlights];
}

/** How many highlights of each kind `doc` has. */
export function countByKind(doc) {
  const counts = {};
  for (const h of highlightsOf(doc)) counts[h.kind] = (counts[h.kind] ?? 0) + 1;
  return counts;
}
