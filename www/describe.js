// Words for the highlight kinds and quotation kinds. The words for source
// kinds and hedge kinds come from the core, in the document's
// `summary.labels` (src/summary/words.rs), so the page, the reports and
// the CLI say the same.

/** The highlight kinds in legend order, with a label and a one-line meaning. */
export const KINDS = [
  { kind: "person", label: "Person", meaning: "a named person" },
  { kind: "organization", label: "Organization", meaning: "a company, outlet, government or body" },
  { kind: "place", label: "Place", meaning: "a country, city or other place" },
  { kind: "other", label: "Other name", meaning: "a nationality, event, product or other name" },
  { kind: "quote", label: "Quotation", meaning: "words inside quotation marks" },
  { kind: "cue", label: "Attribution cue", meaning: "the words that credit a source: said, according to" },
  { kind: "source", label: "Source", meaning: "who is credited; anonymous and second-hand ones are marked" },
  { kind: "content", label: "Attributed claim", meaning: "what a source is credited with" },
  { kind: "hedge", label: "Hedge", meaning: "a word that makes a claim less firm" },
];

/** The kinds of entities, a subset of `KINDS`. */
export const ENTITY_KINDS = ["person", "organization", "place", "other"];

/** What each quotation kind means. */
export const QUOTE_KINDS = {
  speech: "someone's words",
  scare: "scare quote: a term held at arm's length",
  title: "the title of a work or programme",
};

/** The label of a highlight kind. */
export function labelOf(kind) {
  return KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
