// The reader's corrections: a quote's speaker, an entity's kind, a false
// highlight dismissed, a note. They are kept in this browser only
// (localStorage, keyed by a hash of the text), applied to the core's
// document before anything is shown, and exported with it.
//
// A correction is `{ kind, target, ...value, made }` (docs/SCHEMA.md):
//   kind "speaker":     speaker: { name, entity }, source_kind
//   kind "entity_kind": entity_kind
//   kind "dismiss"
//   kind "note":        note
// and `target` is `{ type, start, end }`: an attribution (its cue), a quote,
// an entity (its first mention) or a hedge, in UTF-16 offsets.

const PREFIX = "sourcelight:corrections:";

/** A short, stable hash of `text` (53-bit, hex) with its length: the storage key. */
export function textKey(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${PREFIX}${text.length}:${hash.toString(16)}`;
}

/** The corrections stored for `text` (an empty list when none or unreadable). */
export function loadCorrections(text, storage = globalThis.localStorage) {
  try {
    const list = JSON.parse(storage?.getItem(textKey(text)) ?? "[]");
    return Array.isArray(list) ? list.filter((c) => c && c.kind && c.target) : [];
  } catch {
    return [];
  }
}

/** Stores `list` for `text`; an empty list removes the entry. False when storage refused. */
export function saveCorrections(text, list, storage = globalThis.localStorage) {
  try {
    if (list.length) storage.setItem(textKey(text), JSON.stringify(list));
    else storage.removeItem(textKey(text));
    return true;
  } catch {
    return false;
  }
}

const sameTarget = (a, b) => a.type === b.type && a.start === b.start && a.end === b.end;

/** `list` with `correction` in place of any of the same kind on the same target. */
export function withCorrection(list, correction) {
  const rest = list.filter((c) => !(c.kind === correction.kind && sameTarget(c.target, correction.target)));
  return [...rest, { ...correction, made: new Date().toISOString() }];
}

/** `list` without the corrections of `kind` (or of every kind) on `target`. */
export function withoutCorrections(list, target, kind = null) {
  return list.filter((c) => !(sameTarget(c.target, target) && (kind === null || c.kind === kind)));
}

/** The corrections on `target`, by kind. */
export function correctionsOn(list, target) {
  return Object.fromEntries(list.filter((c) => sameTarget(c.target, target)).map((c) => [c.kind, c]));
}

/** The target a highlight element stands for (see the file comment). */
export function targetOf(element, doc) {
  const data = element.dataset;
  if (data.entity !== undefined) {
    const entity = doc.entities[Number(data.entity)];
    const first = entity.first ?? entity.mentions[0];
    return { type: "entity", start: first.start, end: first.end };
  }
  if (data.kind === "hedge") {
    const hedge = doc.hedges[Number(data.hedge)];
    return { type: "hedge", start: hedge.start, end: hedge.end };
  }
  if (data.kind === "quote" && data.attribution === undefined) {
    const quote = doc.quotes[Number(data.quote)];
    return { type: "quote", start: quote.start, end: quote.end };
  }
  if (data.attribution !== undefined) {
    const attribution = doc.attributions[Number(data.attribution)];
    const anchor = attribution.cue ?? attribution.content;
    return { type: "attribution", start: anchor.start, end: anchor.end };
  }
  return null;
}

const at = (range, target) => range && range.start === target.start && range.end === target.end;

/** Entity kinds an attribution's source kind follows. */
const SOURCE_KIND_OF_ENTITY = { person: "person", organization: "organization" };

/**
 * The document as the reader has corrected it: each correction applied. Adds `reader`: `{ corrections, applied, stale,
 * flags }` where `flags` maps "attribution:3", "entity:2", "quote:5",
 * "hedge:1" to `{ kinds: [...], note }` for marking corrected highlights.
 */
export function applyCorrections(doc, corrections) {
  const view = {
    ...doc,
    entities: doc.entities.map((e) => ({ ...e, first: e.mentions[0] })),
    quotes: doc.quotes.map((q) => ({ ...q })),
    attributions: doc.attributions.map((a) => ({ ...a })),
    hedges: [...doc.hedges],
  };
  const flags = new Map();
  const flag = (key, kind, note) => {
    const entry = flags.get(key) ?? { kinds: [], note: null };
    if (kind === "note") entry.note = note;
    else entry.kinds.push(kind);
    flags.set(key, entry);
  };
  const applied = [];
  const stale = [];
  const order = { entity_kind: 0, speaker: 1, note: 2, dismiss: 3 };
  for (const correction of [...corrections].sort((a, b) => order[a.kind] - order[b.kind])) {
    const key = applyOne(view, correction);
    if (key === null) stale.push(correction);
    else {
      applied.push(correction);
      flag(key, correction.kind, correction.note);
    }
  }
  view.reader = { corrections, applied, stale, flags };
  return view;
}

/** Applies one correction to `view`; the flag key of its target, or null when it is not found. */
function applyOne(view, correction) {
  const { target } = correction;
  if (target.type === "entity") {
    const entity = view.entities.find((e) => e.first && at(e.first, target));
    if (!entity) return null;
    if (correction.kind === "entity_kind") {
      entity.kind = correction.entity_kind;
      for (const a of view.attributions) {
        const follows = SOURCE_KIND_OF_ENTITY[entity.kind];
        if (a.source?.entity === entity.id && follows && SOURCE_KIND_OF_ENTITY[a.source_kind]) a.source_kind = follows;
      }
    }
    if (correction.kind === "dismiss") entity.mentions = [];
    return `entity:${entity.id}`;
  }
  if (target.type === "hedge") {
    const index = view.hedges.findIndex((h) => at(h, target));
    if (index < 0) return null;
    if (correction.kind === "dismiss") view.hedges[index] = { ...view.hedges[index], dismissed: true };
    return `hedge:${index}`;
  }
  if (target.type === "quote") return applyToQuote(view, correction);
  const index = view.attributions.findIndex((a) => at(a.cue ?? a.content, target));
  if (index < 0) return null;
  const attribution = view.attributions[index];
  if (correction.kind === "speaker") setSpeaker(view, attribution, correction);
  if (correction.kind === "dismiss") attribution.dismissed = true;
  return `attribution:${index}`;
}

/** A quote no attribution credits: a speaker correction credits it to a reader's attribution. */
function applyToQuote(view, correction) {
  const index = view.quotes.findIndex((q) => at(q, correction.target));
  if (index < 0) return null;
  const quote = view.quotes[index];
  if (correction.kind === "speaker") {
    const attribution = {
      cue: null,
      source: null,
      source_kind: "unknown",
      via: null,
      content: { start: quote.start + 1, end: quote.end - 1 },
      direct: true,
      hedged: false,
      by_reader: true,
    };
    setSpeaker(view, attribution, correction);
    view.attributions.push(attribution);
    quote.attribution = view.attributions.length - 1;
    quote.kind = "speech";
    return `attribution:${quote.attribution}`;
  }
  if (correction.kind === "dismiss") quote.dismissed = true;
  return `quote:${index}`;
}

function setSpeaker(view, attribution, { speaker, source_kind: kind }) {
  const entity = speaker.entity != null ? view.entities[speaker.entity] : null;
  attribution.speaker = { name: entity ? entity.name : speaker.name, entity: entity ? entity.id : null, resolved: true, corrected: true };
  attribution.source_kind = kind ?? SOURCE_KIND_OF_ENTITY[entity?.kind] ?? attribution.source_kind;
}

/**
 * The document to show: the corrected view without what the reader
 * dismissed (indices renumbered, quotes pointing at their attribution's
 * new index), keeping `reader` for the summary, the cards and the exports.
 */
export function shownDocument(view) {
  const keep = view.attributions.map((a) => !a.dismissed);
  const newIndex = [];
  let next = 0;
  keep.forEach((k, i) => (newIndex[i] = k ? next++ : null));
  const flags = new Map();
  for (const [key, value] of view.reader.flags) {
    const [type, i] = key.split(":");
    if (type === "attribution" && newIndex[i] !== null) flags.set(`attribution:${newIndex[i]}`, value);
    else if (type !== "attribution" && type !== "hedge" && type !== "quote") flags.set(key, value);
  }
  const quotes = view.quotes
    .filter((q) => !q.dismissed)
    .map((q) => ({ ...q, attribution: q.attribution == null ? null : newIndex[q.attribution] }));
  quotes.forEach((q, i) => {
    const original = view.quotes.findIndex((o) => o.start === q.start && o.end === q.end);
    const value = view.reader.flags.get(`quote:${original}`);
    if (value) flags.set(`quote:${i}`, value);
  });
  const hedges = view.hedges.filter((h) => !h.dismissed);
  hedges.forEach((h, i) => {
    const value = view.reader.flags.get(`hedge:${view.hedges.indexOf(h)}`);
    if (value) flags.set(`hedge:${i}`, value);
  });
  return {
    ...view,
    attributions: view.attributions.filter((_, i) => keep[i]),
    quotes,
    hedges,
    reader: { ...view.reader, flags },
  };
}

/** The JSON export: the core's document as it came, with the reader's corrections. */
export function documentWithCorrections(doc, corrections) {
  return { ...doc, corrections: corrections.map(({ kind, target, ...rest }) => ({ kind, target: { type: target.type, start: target.start, end: target.end }, ...rest })) };
}

/** Marks the highlights the reader corrected or annotated (`data-corrected`, `data-note`) in `view`. */
export function markCorrected(view, doc) {
  const selectors = { attribution: "data-attribution", entity: "data-entity", quote: "data-quote", hedge: "data-hedge" };
  for (const [key, { kinds, note }] of doc.reader?.flags ?? []) {
    const [type, index] = key.split(":");
    const shown = kinds.filter((k) => k !== "dismiss");
    const elements = [...view.querySelectorAll(`.hl[${selectors[type]}="${index}"]`)];
    for (const element of elements) if (shown.length) element.dataset.corrected = shown.join(" ");
    // The note's mark goes on the source (or the first piece) only.
    const first = elements.find((e) => e.dataset.kind === "source") ?? elements[0];
    if (note && first) first.dataset.note = note;
  }
}
