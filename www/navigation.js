// Moving between the marks of the current view with single keys. The
// article is one Tab stop (roving tabindex): the article itself until a
// mark has been reached, then the current mark. Arrow keys or J/K move to
// the next or previous mark, Home/End to the first or last.

const NEXT = new Set(["ArrowRight", "ArrowDown", "j", "J"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "k", "K"]);

/** What makes two pieces of one split highlight the same stop. */
function identity(element) {
  const d = element.dataset;
  return `${d.kind}|${d.entity ?? ""}|${d.quote ?? ""}|${d.attribution ?? ""}|${d.hedge ?? ""}|${d.via ?? ""}`;
}

/**
 * The marks a reader moves through in `view`, in reading order: the
 * highlights of `kinds` (claims aside: they are reached through their
 * source), one stop per highlight even where it was split, and one for
 * words that are the same source twice.
 */
export function marksOf(view, kinds) {
  const wanted = kinds.filter((kind) => kind !== "content");
  if (!wanted.length) return [];
  const all = view.querySelectorAll(`.hl:not(.hl-repeat):is(${wanted.map((k) => `[data-kind="${k}"]`).join(",")})`);
  const stops = [];
  let last = null;
  for (const element of all) {
    const continues = last && identity(last) === identity(element) && last.dataset.end === element.dataset.start;
    if (!continues) stops.push(element);
    last = element;
  }
  return stops;
}

/**
 * Wires the keys of the reading `view`. `kinds()` are the kinds on screen;
 * `onOpen(mark)` opens a mark's card. Returns `{ moveTo(mark), reset(), current() }`.
 */
export function wireNavigation(view, { kinds, onOpen, announce }) {
  let current = null;

  function reset() {
    if (current) current.removeAttribute("tabindex");
    current = null;
    view.tabIndex = 0;
  }

  function moveTo(mark, { focus = true } = {}) {
    if (current && current !== mark) current.removeAttribute("tabindex");
    current = mark;
    mark.tabIndex = 0;
    view.tabIndex = -1;
    if (focus) {
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: "nearest" });
    }
  }

  /** The mark `step` stops away from the current one (or the first or last). */
  function neighbour(step) {
    const marks = marksOf(view, kinds());
    if (!marks.length) return null;
    if (!current || !view.contains(current)) return step > 0 ? marks[0] : marks[marks.length - 1];
    const index = marks.indexOf(current);
    if (index >= 0) return marks[Math.min(marks.length - 1, Math.max(0, index + step))];
    const after = marks.findIndex((m) => current.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (step > 0) return after >= 0 ? marks[after] : marks[marks.length - 1];
    return marks[(after >= 0 ? after : marks.length) - 1] ?? marks[0];
  }

  view.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const onMark = event.target !== view && event.target.closest(".hl") === event.target;
    if (event.target !== view && !onMark) return;
    let target = null;
    if (NEXT.has(event.key)) target = neighbour(1);
    else if (PREVIOUS.has(event.key)) target = neighbour(-1);
    else if (event.key === "Home") target = marksOf(view, kinds())[0];
    else if (event.key === "End") target = marksOf(view, kinds()).at(-1);
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const mark = onMark ? event.target : neighbour(1);
      if (mark) {
        moveTo(mark);
        onOpen(mark);
      }
      return;
    } else return;
    event.preventDefault();
    if (target) moveTo(target);
    else announce("No marks in this view.");
  });

  return { moveTo, reset, current: () => current };
}
