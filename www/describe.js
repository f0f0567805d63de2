// Words for quotation kinds. The highlight kinds (with their labels and
// meanings), and the words for source kinds and hedge kinds, come from the
// core, in the document's `summary.labels` (src/summary/words.rs), so the
// page, the HTML export, the reports and the CLI say the same.

/** The highlight kinds of `doc` in legend order: `{ kind, label, meaning }`. */
export function highlightKinds(doc) {
  return doc.summary.labels.highlight_kinds;
}

/** The kinds of entities, a subset of the highlight kinds. */
export const ENTITY_KINDS = ["person", "organization", "place", "other"];

/** What each quotation kind means. */
export const QUOTE_KINDS = {
  speech: "someone's words",
  scare: "scare quote: a term held at arm's length",
  title: "the title of a work or programme",
};

/** The label of a highlight kind, as `doc` gives it. */
export function labelOf(doc, kind) {
  return highlightKinds(doc).find((k) => k.kind === kind)?.label ?? kind;
}
