// The side panel: sources (least transparent first), quotations grouped by
// speaker, names grouped by kind with mention counts, and hedges. Each
// entry is a button that marks its highlights in the article.

import { ENTITY_KINDS, SOURCE_KINDS, HEDGE_KINDS, labelOf, count } from "./describe.js";
import { slice, excerpt, attributionsInOrder, sourceWords, speakerOf } from "./summary.js";

function section(title, id) {
  const element = document.createElement("section");
  element.className = "panel-section";
  element.dataset.section = id;
  const heading = document.createElement("h3");
  heading.textContent = title;
  element.append(heading);
  return element;
}

function entry(list, { label, detail, badge, selector, description, data = {} }, selectGroup) {
  const item = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "panel-entry";
  for (const [key, value] of Object.entries(data)) button.dataset[key] = String(value);
  const name = document.createElement("span");
  name.className = "entry-label";
  name.textContent = label;
  button.append(name);
  if (badge !== undefined) {
    const tag = document.createElement("span");
    tag.className = "entry-badge";
    tag.textContent = badge;
    button.append(tag);
  }
  if (detail) {
    const more = document.createElement("span");
    more.className = "entry-detail";
    more.textContent = detail;
    button.append(more);
  }
  button.addEventListener("click", () => selectGroup(selector, description ?? label));
  item.append(button);
  list.append(item);
}

function listIn(parent) {
  const list = document.createElement("ul");
  parent.append(list);
  return list;
}

function emptyNote(parent, words) {
  const note = document.createElement("p");
  note.className = "panel-empty";
  note.textContent = words;
  parent.append(note);
}

/** The group an attribution's source is listed under. */
function sourceGroup(attribution) {
  if (attribution.via) return "Second-hand";
  return {
    anonymous: "Anonymous",
    unnamed_group: "Unnamed groups",
    unknown: "No source given",
    document: "Documents",
    organization: "Named organizations",
    person: "Named people",
  }[attribution.source_kind];
}

function sourcesSection(text, doc, selectGroup) {
  const element = section(`Sources (${doc.attributions.length})`, "sources");
  if (!doc.attributions.length) emptyNote(element, "No attributions found.");
  let group = null;
  let list = null;
  for (const i of attributionsInOrder(doc)) {
    const a = doc.attributions[i];
    if (sourceGroup(a) !== group) {
      group = sourceGroup(a);
      const heading = document.createElement("h4");
      heading.textContent = group;
      element.append(heading);
      list = listIn(element);
    }
    entry(list, {
      label: sourceWords(text, a),
      badge: a.via ? `${SOURCE_KINDS[a.source_kind].one} · second-hand` : SOURCE_KINDS[a.source_kind].one,
      detail: `${slice(text, a.cue)}${a.content ? `: ${excerpt(slice(text, a.content), 60)}` : ""}`,
      selector: `[data-attribution="${i}"]:is([data-kind="cue"],[data-kind="source"],[data-kind="quote"])`,
      description: `Attribution to ${sourceWords(text, a)}`,
      data: { attribution: i, sourceKind: a.via ? "via" : a.source_kind },
    }, selectGroup);
  }
  return element;
}

function quotesSection(text, doc, selectGroup) {
  const element = section(`Quotations (${doc.quotes.length})`, "quotes");
  if (!doc.quotes.length) emptyNote(element, "No quotations found.");
  const groups = new Map();
  doc.quotes.forEach((quote, index) => {
    const speaker = quote.kind === "speech" ? speakerOf(text, doc, quote) : { key: "terms", label: "Scare quotes and titles" };
    if (!groups.has(speaker.key)) groups.set(speaker.key, { label: speaker.label, quotes: [] });
    groups.get(speaker.key).quotes.push(index);
  });
  for (const { label, quotes } of groups.values()) {
    const heading = document.createElement("h4");
    heading.textContent = `${label} (${quotes.length})`;
    element.append(heading);
    const list = listIn(element);
    for (const index of quotes) {
      entry(list, {
        label: excerpt(slice(text, doc.quotes[index]), 70),
        selector: `[data-kind="quote"][data-quote="${index}"]`,
        description: `Quotation credited to ${label}`,
        data: { quote: index },
      }, selectGroup);
    }
  }
  return element;
}

function namesSection(doc, selectGroup) {
  const element = section(`Names (${doc.entities.length})`, "names");
  if (!doc.entities.length) emptyNote(element, "No names found.");
  for (const kind of ENTITY_KINDS) {
    const entities = doc.entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!entities.length) continue;
    const heading = document.createElement("h4");
    heading.textContent = `${labelOf(kind)} (${entities.length})`;
    element.append(heading);
    const list = listIn(element);
    for (const entity of entities) {
      entry(list, {
        label: entity.name,
        badge: String(entity.mentions.length),
        selector: `[data-entity="${entity.id}"]`,
        description: `${entity.name}, ${count(entity.mentions.length, "mention")}`,
        data: { entity: entity.id, mentions: entity.mentions.length },
      }, selectGroup);
    }
  }
  return element;
}

function hedgesSection(text, doc, selectGroup) {
  const element = section(`Hedges (${doc.hedges.length})`, "hedges");
  if (!doc.hedges.length) emptyNote(element, "No hedges found.");
  const groups = new Map();
  doc.hedges.forEach((hedge, index) => {
    const words = slice(text, hedge).toLowerCase();
    if (!groups.has(words)) groups.set(words, { kind: hedge.kind, indices: [] });
    groups.get(words).indices.push(index);
  });
  const list = listIn(element);
  for (const [words, { kind, indices }] of groups) {
    entry(list, {
      label: words,
      badge: String(indices.length),
      detail: HEDGE_KINDS[kind] ?? kind,
      selector: indices.map((i) => `[data-kind="hedge"][data-hedge="${i}"]`).join(","),
      description: `Hedge “${words}”`,
      data: { hedgeWords: words, hedges: indices.length },
    }, selectGroup);
  }
  return element;
}

/** Fills the side panel for `doc`; entries call `selectGroup(selector, description)`. */
export function renderPanel(panel, text, doc, selectGroup) {
  panel.replaceChildren(
    sourcesSection(text, doc, selectGroup),
    quotesSection(text, doc, selectGroup),
    namesSection(doc, selectGroup),
    hedgesSection(text, doc, selectGroup),
  );
}
