// The details card of a highlight, and the linking of related highlights:
// selecting a quote marks its speaker and cue, selecting a name marks all
// its mentions.

import { SOURCE_KINDS, HEDGE_KINDS, QUOTE_KINDS, labelOf } from "./describe.js";
import { slice, excerpt, sourceWords } from "./summary.js";

/** Yes/no in words. */
const yesNo = (value) => (value ? "yes" : "no");

/** How an attribution's source reads: "anonymous source, second-hand via X". */
function sourceNature(text, attribution) {
  const nature = SOURCE_KINDS[attribution.source_kind]?.one ?? attribution.source_kind;
  return attribution.via ? `${nature}, second-hand via ${slice(text, attribution.via)}` : nature;
}

function attributionRows(text, doc, index) {
  const a = doc.attributions[index];
  const rows = [
    ["Source", a.source ? slice(text, a.source) : "none found"],
    ["Who", sourceNature(text, a)],
    ["Cue", slice(text, a.cue)],
  ];
  if (a.source?.entity != null) rows.push(["Known as", doc.entities[a.source.entity].name]);
  if (a.content) rows.push([a.direct ? "Quotes" : "Claim", excerpt(slice(text, a.content), 120)]);
  rows.push(["Hedged", yesNo(a.hedged)]);
  return rows;
}

/** The card for a highlight element: `{ title, rows: [[label, value]] }`. */
export function cardContent(element, text, doc) {
  const kind = element.dataset.kind;
  const data = element.dataset;
  if (data.entity !== undefined) {
    const entity = doc.entities[Number(data.entity)];
    const names = [...new Set(entity.mentions.map((m) => slice(text, m)))];
    const roles = [...new Set(entity.mentions.filter((m) => m.role).map((m) => slice(text, m.role)))];
    const rows = [
      ["Names used", names.join(", ")],
      ["Mentions", String(entity.mentions.length)],
    ];
    if (roles.length) rows.push(["Role", roles.join(", ")]);
    return { title: `${labelOf(entity.kind)}: ${entity.name}`, rows };
  }
  if (kind === "quote") {
    const quote = doc.quotes[Number(data.quote)];
    const rows = [["Kind", QUOTE_KINDS[quote.kind] ?? quote.kind]];
    if (quote.attribution != null) {
      const a = doc.attributions[quote.attribution];
      rows.push(["Speaker", sourceWords(text, a)], ["Who", sourceNature(text, a)], ["Cue", slice(text, a.cue)], ["Hedged", yesNo(a.hedged)]);
    } else {
      rows.push(["Speaker", quote.kind === "speech" ? "no speaker found" : "none (not a quotation of someone)"]);
    }
    return { title: "Quotation", rows };
  }
  if (kind === "hedge") {
    const hedge = doc.hedges[Number(data.hedge)];
    return {
      title: `Hedge: “${slice(text, hedge)}”`,
      rows: [
        ["Kind", HEDGE_KINDS[hedge.kind] ?? hedge.kind],
        ["Whose", hedge.in_quote ? "the speaker's, inside a quotation" : "the writer's own words"],
      ],
    };
  }
  const index = Number(data.attribution);
  const title = data.via ? "Second-hand source" : { cue: "Attribution cue", source: "Source", content: "Attributed claim" }[kind];
  return { title: title ?? labelOf(kind), rows: attributionRows(text, doc, index) };
}

/** The elements that belong with `element`: its entity's mentions, or its attribution's parts. */
export function relatedTo(element, view) {
  const data = element.dataset;
  if (data.entity !== undefined) return view.querySelectorAll(`[data-entity="${data.entity}"]`);
  if (data.attribution !== undefined) {
    return view.querySelectorAll(
      `[data-attribution="${data.attribution}"]:is([data-kind="cue"],[data-kind="source"],[data-kind="quote"])`,
    );
  }
  return [element];
}

/** Marks `elements` as linked, clearing any earlier marks in `view`. */
export function linkElements(view, elements) {
  for (const old of view.querySelectorAll(".linked")) old.classList.remove("linked");
  for (const element of elements) element.classList.add("linked");
}

/** Fills the card element with `content`, as text nodes only. */
export function fillCard(card, { title, rows }) {
  const heading = document.createElement("p");
  heading.className = "card-title";
  heading.textContent = title;
  const list = document.createElement("dl");
  for (const [label, value] of rows) {
    const term = document.createElement("dt");
    term.textContent = label;
    const detail = document.createElement("dd");
    detail.textContent = value;
    list.append(term, detail);
  }
  const hint = document.createElement("p");
  hint.className = "card-hint";
  hint.textContent = "Esc closes";
  card.replaceChildren(heading, list, hint);
}
