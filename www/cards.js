// The details card of a highlight, and the linking of related highlights:
// selecting a quote marks its speaker and cue, selecting a name marks all
// its mentions. The card names the same speaker as the panel and the
// exports (sources.js), says what the reader corrected, and offers a
// correction (correct-dialog.js opens on its button).

import { QUOTE_KINDS, labelOf } from "./describe.js";
import { slice, excerpt } from "./text.js";
import { speakerLabel, sourceNature as natureOf } from "./sources.js";
import { targetOf } from "./corrections.js";

/** Yes/no in words. */
const yesNo = (value) => (value ? "yes" : "no");

/** How an attribution's source reads: "anonymous source, second-hand via X". */
function sourceNature(text, doc, attribution) {
  const nature = natureOf(doc, attribution) ?? "kind not known";
  return attribution.via ? `${nature}, second-hand via ${slice(text, attribution.via)}` : nature;
}

/** The rows that describe attribution `index`. */
function attributionRows(text, doc, index) {
  const a = doc.attributions[index];
  const rows = [
    ["Speaker", speakerLabel(doc, a)],
    ["Who", sourceNature(text, doc, a)],
  ];
  if (a.source) rows.push(["Written as", slice(text, a.source)]);
  rows.push(["Cue", a.cue ? slice(text, a.cue) : "none (credited by you)"]);
  if (a.content) rows.push([a.direct ? "Quotes" : "Claim", excerpt(slice(text, a.content), 120)]);
  rows.push(["Direct", yesNo(a.direct)], ["Hedged", yesNo(a.hedged)]);
  return rows;
}

/** The reader's corrections and note on a highlight, as card rows. */
function readerRows(doc, key) {
  const flags = doc.reader?.flags.get(key);
  if (!flags) return [];
  const rows = [];
  const kinds = flags.kinds.filter((k) => k !== "dismiss");
  if (kinds.length) rows.push(["Corrected", `by you (${kinds.map((k) => (k === "entity_kind" ? "kind" : k)).join(", ")})`]);
  if (flags.note) rows.push(["Your note", flags.note]);
  return rows;
}

/** The card for a highlight element: `{ title, rows, target }`. */
export function cardContent(element, text, doc) {
  const kind = element.dataset.kind;
  const data = element.dataset;
  const target = targetOf(element, doc);
  if (data.entity !== undefined) {
    const entity = doc.entities[Number(data.entity)];
    const names = [...new Set(entity.mentions.map((m) => slice(text, m)))];
    const roles = [...new Set(entity.mentions.filter((m) => m.role).map((m) => slice(text, m.role)))];
    const rows = [
      ["Names used", names.join(", ")],
      ["Mentions", String(entity.mentions.length)],
    ];
    if (roles.length) rows.push(["Role", roles.join(", ")]);
    rows.push(...readerRows(doc, `entity:${entity.id}`));
    return { title: `${labelOf(doc, entity.kind)}: ${entity.name}`, rows, target };
  }
  if (kind === "quote") {
    const index = Number(data.quote);
    const quote = doc.quotes[index];
    const rows = [["Kind", QUOTE_KINDS[quote.kind] ?? quote.kind]];
    if (quote.attribution != null) {
      rows.push(...attributionRows(text, doc, quote.attribution).filter(([label]) => label !== "Quotes"));
      rows.push(...readerRows(doc, `attribution:${quote.attribution}`));
    } else {
      rows.push(["Speaker", quote.kind === "speech" ? "no speaker found" : "none (not a quotation of someone)"]);
      rows.push(...readerRows(doc, `quote:${index}`));
    }
    return { title: "Quotation", rows, target };
  }
  if (kind === "hedge") {
    const index = Number(data.hedge);
    const hedge = doc.hedges[index];
    return {
      title: `Hedge: “${slice(text, hedge)}”`,
      rows: [
        ["Kind", doc.summary.labels.hedge_kinds[hedge.kind]?.one ?? hedge.kind],
        ["Whose", hedge.in_quote ? "the speaker's, inside a quotation" : "the writer's own words"],
        ...readerRows(doc, `hedge:${index}`),
      ],
      target,
    };
  }
  const index = Number(data.attribution);
  const title = data.via ? "Second-hand source" : { cue: "Attribution cue", source: "Source", content: "Attributed claim" }[kind];
  return {
    title: title ?? labelOf(doc, kind),
    rows: [...attributionRows(text, doc, index), ...readerRows(doc, `attribution:${index}`)],
    target,
  };
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

/** Fills the card element with `content`, as text nodes only, and a "Correct…" button. */
export function fillCard(card, { title, rows, target }) {
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
  const parts = [heading, list];
  if (target) {
    const correct = document.createElement("button");
    correct.type = "button";
    correct.className = "card-correct";
    correct.textContent = "Correct this…";
    correct.dataset.target = JSON.stringify(target);
    parts.push(correct);
  }
  const hint = document.createElement("p");
  hint.className = "card-hint";
  hint.textContent = "Esc closes";
  card.replaceChildren(...parts, hint);
}
