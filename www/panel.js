// The side panel: one card per source (who said what, least transparent
// first) with filters and previous/next through its claims; quotations no
// one is credited with; names by kind; hedges. Entries mark their
// highlights in the article through `selectGroup(selector, description)`.

import { ENTITY_KINDS, labelOf } from "./describe.js";
import { slice, excerpt, count } from "./text.js";
import { sourcesOf, natureWords } from "./sources.js";

/** The highlights of attribution `i`: cue, source, quotation and claim. */
export const attributionSelector = (i) =>
  `[data-attribution="${i}"]:is([data-kind="cue"],[data-kind="source"],[data-kind="quote"],[data-kind="content"])`;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className, text, onClick) {
  const node = element("button", className, text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

function section(title, id) {
  const node = element("section", "panel-section");
  node.dataset.section = id;
  node.append(element("h3", "", title));
  return node;
}

/** The filters over the source cards: which kinds are shown. */
const FILTERS = [
  { id: "all", label: "All sources", kinds: null },
  { id: "anonymous", label: "Only anonymous", kinds: ["anonymous"] },
  { id: "unnamed_group", label: "Only unnamed groups", kinds: ["unnamed_group"] },
  { id: "named", label: "Only named", kinds: ["person", "organization"] },
];

/** "direct · hedged", in words, for a claim line. */
function claimTags(claim) {
  const tags = [claim.direct ? "direct" : "indirect", claim.hedged ? "hedged" : "not hedged"];
  if (claim.via) tags.push(`via ${claim.via}`);
  return tags;
}

/** One source's card: its name, kind, claims, and previous/next through them. */
function sourceCard(doc, source, selectGroup, onlyThis) {
  const card = element("li", "source-card");
  card.dataset.sourceKey = source.key;
  card.dataset.sourceKind = source.kind;
  card.dataset.resolved = String(source.resolved);
  if (source.corrected) card.dataset.corrected = "true";
  const head = element("div", "source-head");
  const name = element("h4", "source-name", source.label);
  head.append(name);
  if (source.kind !== "unknown") head.append(element("span", "kind-badge", natureWords(doc, source.kind, source.resolved, source.joined)));
  if (source.corrected) head.append(element("span", "corrected-badge", "corrected"));
  head.append(element("span", "claim-count", count(source.claims.length, "claim")));
  const list = element("ol", "claims");
  const lines = [];
  const position = element("span", "claim-position", "");
  let current = -1;
  const go = (i) => {
    current = (i + source.claims.length) % source.claims.length;
    const claim = source.claims[current];
    position.textContent = `${current + 1} of ${source.claims.length}`;
    lines.forEach((line, j) => line.setAttribute("aria-current", String(j === current)));
    const more = lines[current].closest("details");
    if (more) more.open = true;
    selectGroup(attributionSelector(claim.index), `${source.label}, claim ${current + 1} of ${source.claims.length}`);
  };
  source.claims.forEach((claim, i) => {
    const line = button("claim", "", () => go(i));
    line.dataset.attribution = String(claim.index);
    line.dataset.direct = String(claim.direct);
    line.dataset.hedged = String(claim.hedged);
    line.append(element("span", "claim-words", claim.words));
    const tags = element("span", "claim-tags");
    for (const tag of claimTags(claim)) tags.append(element("span", `claim-tag tag-${tag.split(" ")[0]}`, tag));
    line.append(tags);
    const item = element("li");
    item.append(line);
    lines.push(line);
    list.append(item);
  });
  const claims = foldLongList(list);
  const nav = element("div", "source-nav");
  if (source.claims.length > 1) {
    nav.append(
      button("claim-previous", "◀ Previous", () => go(current < 0 ? source.claims.length - 1 : current - 1)),
      position,
      button("claim-next", "Next ▶", () => go(current + 1)),
    );
  }
  nav.append(button("only-this", "Only this source", () => onlyThis(card, source)));
  card.append(head, claims, nav);
  return card;
}

/** How many claims a card shows before "N more claims". */
const SHOWN_CLAIMS = 5;

/** The claim list, its lines past the first few folded into a `<details>`. */
function foldLongList(list) {
  if (list.children.length <= SHOWN_CLAIMS + 1) return list;
  const rest = element("ol", "claims");
  rest.start = SHOWN_CLAIMS + 1;
  rest.append(...[...list.children].slice(SHOWN_CLAIMS));
  const more = element("details", "more-claims");
  more.append(element("summary", "", `${rest.children.length} more claims`), rest);
  const both = element("div", "claim-lists");
  both.append(list, more);
  return both;
}

function sourcesSection(text, doc, selectGroup) {
  const sources = sourcesOf(doc, text);
  const node = section(`Sources (${sources.length})`, "sources");
  if (!sources.length) {
    node.append(element("p", "panel-empty", "No attributions found."));
    return node;
  }
  const filters = element("div", "source-filters");
  filters.setAttribute("role", "group");
  filters.setAttribute("aria-label", "Show sources");
  const note = element("p", "filter-note");
  note.hidden = true;
  const cards = element("ol", "source-cards");
  const show = (predicate, chosen) => {
    for (const card of cards.children) card.hidden = !predicate(card);
    for (const b of filters.children) b.setAttribute("aria-pressed", String(b === chosen));
    const shown = [...cards.children].filter((c) => !c.hidden).length;
    note.hidden = false;
    note.textContent = `${count(shown, "source")} shown.`;
  };
  for (const filter of FILTERS) {
    const choice = button("source-filter", filter.label, () =>
      show((card) => !filter.kinds || filter.kinds.includes(card.dataset.sourceKind), choice),
    );
    choice.dataset.filter = filter.id;
    choice.setAttribute("aria-pressed", String(filter.id === "all"));
    filters.append(choice);
  }
  const onlyThis = (card, source) => {
    show((c) => c === card, null);
    const selector = source.claims.map((c) => attributionSelector(c.index)).join(",");
    selectGroup(selector, `${source.label}: ${count(source.claims.length, "claim")}`);
  };
  for (const source of sources) cards.append(sourceCard(doc, source, selectGroup, onlyThis));
  node.append(filters, note, cards);
  return node;
}

/** Speech quotations no attribution credits, for the reader to check. */
function uncreditedSection(text, doc, selectGroup) {
  const quotes = doc.quotes.map((q, i) => [q, i]).filter(([q]) => q.kind === "speech" && q.attribution == null);
  if (!quotes.length) return null;
  const node = section(`Quotations with no speaker (${quotes.length})`, "uncredited");
  const list = element("ul");
  for (const [quote, index] of quotes) {
    const item = element("li");
    const line = button("panel-entry", excerpt(slice(text, quote), 70), () =>
      selectGroup(`[data-kind="quote"][data-quote="${index}"]`, "Quotation with no speaker"),
    );
    line.dataset.quote = String(index);
    item.append(line);
    list.append(item);
  }
  node.append(list);
  return node;
}

function namesSection(doc, selectGroup) {
  const shown = doc.entities.filter((e) => e.mentions.length);
  const node = section(`Names (${shown.length})`, "names");
  if (!shown.length) node.append(element("p", "panel-empty", "No names found."));
  for (const kind of ENTITY_KINDS) {
    const entities = shown.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!entities.length) continue;
    node.append(element("h4", "", `${labelOf(doc, kind)} (${entities.length})`));
    const list = element("ul");
    for (const entity of entities) {
      const item = element("li");
      const line = button("panel-entry", "", () =>
        selectGroup(`[data-entity="${entity.id}"]`, `${entity.name}, ${count(entity.mentions.length, "mention")}`),
      );
      line.dataset.entity = String(entity.id);
      line.dataset.mentions = String(entity.mentions.length);
      line.append(element("span", "entry-label", entity.name), element("span", "entry-badge", String(entity.mentions.length)));
      item.append(line);
      list.append(item);
    }
    node.append(list);
  }
  return node;
}

function hedgesSection(text, doc, selectGroup) {
  const node = section(`Hedges (${doc.hedges.length})`, "hedges");
  if (!doc.hedges.length) node.append(element("p", "panel-empty", "No hedges found."));
  const groups = new Map();
  doc.hedges.forEach((hedge, index) => {
    const words = slice(text, hedge).toLowerCase();
    if (!groups.has(words)) groups.set(words, { kind: hedge.kind, indices: [] });
    groups.get(words).indices.push(index);
  });
  const list = element("ul");
  for (const [words, { kind, indices }] of groups) {
    const item = element("li");
    const selector = indices.map((i) => `[data-kind="hedge"][data-hedge="${i}"]`).join(",");
    const line = button("panel-entry", "", () => selectGroup(selector, `Hedge “${words}”`));
    line.dataset.hedgeWords = words;
    line.dataset.hedges = String(indices.length);
    line.append(
      element("span", "entry-label", words),
      element("span", "entry-badge", String(indices.length)),
      element("span", "entry-detail", doc.summary.labels.hedge_kinds[kind]?.one ?? kind),
    );
    item.append(line);
    list.append(item);
  }
  node.append(list);
  const most = mostHedged(text, doc, selectGroup);
  if (most) node.append(most);
  return node;
}

/** The core's most hedged paragraphs, each marking its hedges. */
function mostHedged(text, doc, selectGroup) {
  const blocks = (doc.summary.most_hedged ?? []).filter((b) => b.hedges > 1);
  if (!blocks.length) return null;
  const wrap = element("div", "most-hedged");
  wrap.append(element("h4", "", "Most hedged paragraphs"));
  const list = element("ul");
  for (const block of blocks) {
    const inside = doc.hedges.flatMap((h, i) => (h.start >= block.start && h.end <= block.end ? [i] : []));
    if (!inside.length) continue;
    const selector = inside.map((i) => `[data-kind="hedge"][data-hedge="${i}"]`).join(",");
    const item = element("li");
    const line = button("panel-entry", "", () => selectGroup(selector, `A paragraph with ${count(inside.length, "hedge")}`));
    line.dataset.block = String(block.block);
    line.append(element("span", "entry-label", excerpt(slice(text, block), 60)), element("span", "entry-badge", String(inside.length)));
    item.append(line);
    list.append(item);
  }
  wrap.append(list);
  return list.children.length ? wrap : null;
}

/** Fills the side panel for `doc` (speakers filled in, corrections applied). */
export function renderPanel(panel, text, doc, selectGroup) {
  panel.replaceChildren(
    ...[
      sourcesSection(text, doc, selectGroup),
      uncreditedSection(text, doc, selectGroup),
      namesSection(doc, selectGroup),
      hedgesSection(text, doc, selectGroup),
    ].filter(Boolean),
  );
}
