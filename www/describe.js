// Words for what the annotator finds: one place for every label the page shows.

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

/** How each `source_kind` reads, singular and plural. */
export const SOURCE_KINDS = {
  person: { one: "named person", many: "named people" },
  organization: { one: "named organization", many: "named organizations" },
  anonymous: { one: "anonymous source", many: "anonymous sources" },
  unnamed_group: { one: "unnamed group", many: "unnamed groups" },
  document: { one: "document", many: "documents" },
  unknown: { one: "no source given", many: "no source given" },
};

/** The order sources are listed in: the least transparent first. */
export const SOURCE_ORDER = ["anonymous", "unnamed_group", "unknown", "document", "organization", "person"];

/** What each hedge kind means. */
export const HEDGE_KINDS = {
  modal: "modal verb (may, might, could)",
  epistemic: "uncertainty (likely, expected to, appears)",
  reporting: "second-hand report (reportedly, allegedly)",
  weasel: "vague attribution (some say, it is believed)",
  other: "other hedge",
};

/** What each quotation kind means. */
export const QUOTE_KINDS = {
  speech: "someone's words",
  scare: "scare quote: a term held at arm's length",
  title: "the title of a work or programme",
};

/** "1 hedge", "2 hedges". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The label of a highlight kind. */
export function labelOf(kind) {
  return KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
