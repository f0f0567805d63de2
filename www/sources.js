// Who each attribution credits, and the sources the panel lists. The
// speaker of an attribution is the core's `speaker` field (or the reader's
// correction of it, see corrections.js); every view reads it from here, so
// the panel, the cards, the summary and the exports name the same person.

import { excerpt, slice } from "./text.js";

/** The order sources are listed in: the least transparent first. */
export const SOURCE_ORDER = ["anonymous", "unnamed_group", "unknown", "document", "organization", "person"];

/** Kinds whose words describe the source (not a name): shown as written even when unlinked. */
const DESCRIBED_KINDS = new Set(["anonymous", "unnamed_group", "document"]);

/**
 * The speaker as the core's `speaker` field gives it, for a document made
 * before the field existed: the linked entity's name, else the source's
 * words, resolved only when linked. Used only when the field is absent.
 */
export function interimSpeaker(doc, text, attribution) {
  const source = attribution.source;
  if (!source) return null;
  const entity = source.entity != null ? doc.entities[source.entity] : null;
  return { name: entity ? entity.name : slice(text, source), entity: entity ? entity.id : null, resolved: Boolean(entity) };
}

/** The words for a source kind, from the core's labels. */
export function kindWords(doc, kind) {
  return doc.summary.labels.source_kinds[kind] ?? { one: kind, many: kind };
}

/**
 * How an attribution's speaker reads everywhere: the name; the words of an
 * anonymous source, a group or a document as written; "unresolved: he" for
 * any other source linked to no one; "No source given".
 */
export function speakerLabel(doc, attribution) {
  const speaker = attribution.speaker;
  if (!speaker) return capitalized(kindWords(doc, "unknown").one);
  if (speaker.resolved || DESCRIBED_KINDS.has(attribution.source_kind)) return speaker.name;
  return `unresolved: ${speaker.name}`;
}

const capitalized = (words) => words.charAt(0).toUpperCase() + words.slice(1);

/** The key that puts attributions of one source on one card. */
function sourceKey(attribution) {
  const speaker = attribution.speaker;
  if (!speaker) return "none";
  if (speaker.entity != null) return `entity:${speaker.entity}`;
  return `${attribution.source_kind}:${speaker.name.toLowerCase()}`;
}

/** One claim line: what the attribution credits, and how. */
function claimOf(text, attribution, index) {
  const words = attribution.content ? slice(text, attribution.content) : slice(text, attribution.cue);
  return {
    index,
    words: excerpt(words, 90),
    cue: slice(text, attribution.cue),
    direct: attribution.direct,
    hedged: attribution.hedged,
    via: attribution.via ? slice(text, attribution.via) : null,
    start: (attribution.cue ?? attribution.content)?.start ?? 0,
  };
}

/**
 * The sources of `doc` (speakers filled in), one per resolved source:
 * `{ key, label, kind, resolved, corrected, claims }`, least transparent
 * kinds first, then the most claims, then the first to appear.
 */
export function sourcesOf(doc, text) {
  const byKey = new Map();
  doc.attributions.forEach((attribution, index) => {
    const key = sourceKey(attribution);
    if (!byKey.has(key)) {
      byKey.set(key, {
        key,
        label: speakerLabel(doc, attribution),
        kind: attribution.source_kind,
        resolved: Boolean(attribution.speaker?.resolved),
        corrected: false,
        claims: [],
      });
    }
    const source = byKey.get(key);
    source.corrected ||= Boolean(attribution.speaker?.corrected);
    source.claims.push(claimOf(text, attribution, index));
  });
  const sources = [...byKey.values()];
  for (const source of sources) source.claims.sort((a, b) => a.start - b.start);
  const rank = (s) => SOURCE_ORDER.indexOf(s.kind);
  return sources.sort(
    (a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length || a.claims[0].start - b.claims[0].start,
  );
}
