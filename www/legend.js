// The views and the legend: a view shows the marks that answer one question
// (who is cited, who is named, what is hedged, or all of it), and the
// legend says in words what each mark of the view means, with a toggle and
// a count per kind. The reading view gets `data-view` and a `show-<kind>`
// class per kind on screen; the stylesheet draws only those. The highlight
// kinds, their labels and meanings come with each document from the core.

/** The views, the default first, each with the kinds it shows. */
export const VIEWS = [
  { view: "sourcing", label: "Sourcing", kinds: ["source", "cue", "quote", "content"] },
  { view: "names", label: "Names", kinds: ["person", "organization", "place", "other"] },
  { view: "hedges", label: "Hedges", kinds: ["hedge"] },
  { view: "all", label: "All", kinds: null },
];

/** How a kind's mark reads in a view, where the general meaning is not enough. */
const VIEW_WORDS = {
  sourcing: {
    source: "who is credited, tagged person, org, document, anonymous, unnamed group or via",
    quote: "coloured quotation marks; the speaker's name follows where the sentence does not give it",
    content: "what a source is credited with, shaded when you point at or select its source or cue",
  },
};

/** The highlight kind `kind` of `legend`'s document: `{ kind, label, meaning }`. */
function kindOf(legend, kind) {
  return legend.highlightKinds.find((k) => k.kind === kind) ?? { kind, label: kind, meaning: kind };
}

/** What `kind` means on screen in `view`. */
function meaningOf(legend, kind) {
  return VIEW_WORDS[legend.view]?.[kind] ?? kindOf(legend, kind).meaning;
}

function viewChooser(legend) {
  const group = document.createElement("fieldset");
  group.className = "views";
  const title = document.createElement("legend");
  title.className = "views-title";
  title.textContent = "Show";
  group.append(title);
  for (const { view, label } of VIEWS) {
    const choice = document.createElement("label");
    choice.className = "view-choice";
    choice.dataset.viewChoice = view;
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = "view";
    radio.value = view;
    radio.checked = view === legend.view;
    radio.addEventListener("change", () => radio.checked && legend.setView(view));
    choice.append(radio, ` ${label}`);
    group.append(choice);
  }
  return group;
}

function legendItem(legend, kind, count) {
  const label = kindOf(legend, kind).label;
  const shown = !legend.off.has(kind);
  const item = document.createElement("li");
  item.className = "legend-item";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "legend-toggle";
  button.dataset.legend = kind;
  button.setAttribute("aria-pressed", String(shown));
  button.title = `Press to ${shown ? "hide" : "show"} this highlighting`;
  const swatch = document.createElement("span");
  swatch.className = "swatch";
  swatch.dataset.swatch = kind;
  swatch.textContent = "Ab";
  swatch.setAttribute("aria-hidden", "true");
  const name = document.createElement("span");
  name.className = "legend-label";
  name.textContent = label;
  const number = document.createElement("span");
  number.className = "legend-count";
  number.dataset.count = kind;
  number.textContent = String(count);
  const state = document.createElement("span");
  state.className = "legend-state";
  state.textContent = shown ? "" : "hidden";
  button.append(swatch, name, number, state);
  button.addEventListener("click", () => legend.toggle(kind));
  const meaning = document.createElement("span");
  meaning.className = "legend-meaning";
  meaning.textContent = meaningOf(legend, kind);
  item.append(button, meaning);
  return item;
}

/** The kinds of a view with no mark in the article, said in words. */
function absentItem(legend, kinds) {
  const item = document.createElement("li");
  item.className = "legend-absent";
  const labels = kinds.map((kind) => kindOf(legend, kind).label);
  item.textContent = `None in this article: ${labels.join(", ")}.`;
  return item;
}

/**
 * The legend in `container` for the reading `view`. `onChange()` hears every
 * change of view or toggle. Returns `{ update(counts, highlightKinds), setView(name), kinds() }`:
 * `kinds()` are the kinds on screen now; `highlightKinds` are the document's
 * (`summary.labels.highlight_kinds`).
 */
export function createLegend(container, view, onChange = () => {}) {
  const legend = {
    view: VIEWS[0].view,
    off: new Set(),
    counts: {},
    highlightKinds: [],
    /** The kinds of the view, shown or not. */
    viewKinds() {
      return VIEWS.find((v) => v.view === legend.view).kinds ?? legend.highlightKinds.map((k) => k.kind);
    },
    kinds() {
      return legend.viewKinds().filter((kind) => !legend.off.has(kind));
    },
    apply() {
      view.dataset.view = legend.view;
      const shown = new Set(legend.kinds());
      for (const { kind } of legend.highlightKinds) view.classList.toggle(`show-${kind}`, shown.has(kind));
    },
    list: null,
    render() {
      const list = document.createElement("ul");
      list.className = "legend-items";
      list.setAttribute("aria-label", "What the marks mean: press one to show or hide it");
      const kinds = legend.viewKinds();
      // A kind the article does not have is named once, in words, not given a toggle.
      for (const kind of kinds.filter((k) => legend.counts[k])) list.append(legendItem(legend, kind, legend.counts[kind]));
      const absent = kinds.filter((k) => !legend.counts[k]);
      if (absent.length) list.append(absentItem(legend, absent));
      const focused = document.activeElement?.dataset?.legend;
      // The view chooser stays, so a radio keeps its focus while arrows change the view.
      if (legend.list) legend.list.replaceWith(list);
      else container.replaceChildren(viewChooser(legend), list);
      legend.list = list;
      if (focused) container.querySelector(`[data-legend="${focused}"]`)?.focus();
    },
    setView(name) {
      legend.view = name;
      legend.apply();
      legend.render();
      onChange();
    },
    toggle(kind) {
      if (!legend.off.delete(kind)) legend.off.add(kind);
      legend.apply();
      legend.render();
      onChange();
    },
    update(counts, highlightKinds) {
      legend.counts = counts;
      legend.highlightKinds = highlightKinds;
      legend.apply();
      legend.render();
    },
  };
  return legend;
}
