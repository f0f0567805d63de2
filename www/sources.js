// Who each attribution credits, and the sources the panel lists. The
// speaker of an attribution is the core's `speaker` field (or the reader's
// correction of it, see corrections.js); every view reads it through here,
// so the panel, the cards, the summary and the exports name the same person.

import { excerpt, slice } from "./text.js";

/** The order sources are listed in: the least transparent first. */
export const SOURCE_ORDER = ["anonymous", "unnamed_group", "unknown", "document", "organization", "person"];

/** The words for a source kind, from the core's labels. */
export function kindWords(doc, kind) {
  return doc.summary.labels.source_kinds[kind] ?? { one: kind, many: kind };
}

/**
 * How a source of `kind` reads: "named person", "named people" for the
 * names joined in one source ("Lind and Greve said"), or, when its speaker
 * is unresolved, "person, name not found" (the core's words for all).
 */
export function natureWords(doc, kind, resolved, joined = false) {
  const unresolved = doc.summary.labels.unresolved_source_kinds?.[kind];
  const words = (!resolved && unresolved) || kindWords(doc, kind);
  return joined ? words.many : words.one;
}

/**
 * How an attribution's speaker reads everywhere: the core's name, or
 * "unresolved: he" for a pronoun or definite description the core could
 * link to no one (the core's word, as its `speaker_label` writes it for the
 * HTML export); "No source given".
 */
export function speakerLabel(doc, attribution) {
  const speaker = attribution.speaker;
  if (!speaker) return capitalized(kindWords(doc, "unknown").one);
  if (speaker.resolved) return speaker.name;
  return `${doc.summary.labels.unresolved_speaker}: ${speaker.name}`;
}

/**
 * What kind of source an attribution rests on, in the core's words, or
 * null for a source the core could not classify (its kind is "unknown"
 * although it has words: "no source given" would be wrong).
 */
export function sourceNature(doc, attribution) {
  if (attribution.source_kind === "unknown" && attribution.speaker) return null;
  return natureWords(doc, attribution.source_kind, isResolved(attribution), isJoined(attribution));
}

/** Whether an attribution's speaker names someone (with no speaker there is nothing to find). */
export const isResolved = (attribution) => !attribution.speaker || attribution.speaker.resolved;

/** Whether the attribution's source joins several names (the core's `speaker.joined`). */
const isJoined = (attribution) => Boolean(attribution.speaker?.joined?.length);

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
  const short = excerpt(words, 90);
  return {
    index,
    words: attribution.direct ? `“${short}”` : short,
    cue: slice(text, attribution.cue),
    direct: attribution.direct,
    hedged: attribution.hedged,
    via: attribution.via ? slice(text, attribution.via) : null,
    start: (attribution.cue ?? attribution.content)?.start ?? 0,
  };
}

/**
 * The sources of `doc` (speakers filled in), one per resolved source:
 * `{ key, label, kind, resolved, joined, corrected, claims }`, least transparent
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
        joined: isJoined(attribution),
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
