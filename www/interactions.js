// How a reader explores the marks: hover previews a card, a click or Enter
// opens it, Escape or its close button closes it and focus goes back to the
// mark. A mark's related marks (its source, cue, claim and quotation, or
// every mention of a name) are marked while it is pointed at, focused or
// selected; that is how a claim gets its shading in the Sourcing view.

import { cardContent, relatedTo, linkElements, fillCard } from "./cards.js";
import { wireNavigation } from "./navigation.js";

/** Attribute selectors for `data`, e.g. `{ kind: "quote", quote: 3 }`. */
function selectorOf(data) {
  const name = (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return `.hl${Object.entries(data).map(([key, value]) => `[${name(key)}="${CSS.escape(String(value))}"]`).join("")}`;
}

/**
 * Wires the reading `view` to the `card` element (its `.card-body` gets the
 * content, its `.card-close` closes it). `current()` gives the `{ text, doc }`
 * shown; `kinds()` the kinds on screen; `onReveal()` hears when a mark is
 * brought into view from elsewhere (the panel, the summary).
 * Returns `{ close, focusMark, selectGroup, selectMark, reset }`.
 */
export function wireInteractions(view, card, { current, kinds, announce, onReveal = () => {} }) {
  const body = card.querySelector(".card-body");
  let shownFor = null;
  let pinned = false;

  const isShown = (element) => view.classList.contains(`show-${element.dataset.kind}`) &&
    (element.dataset.kind !== "content" || view.dataset.view === "all");

  /** The innermost mark on screen at `target`, if any. */
  function markAt(target) {
    let element = target.closest?.(".hl") ?? null;
    while (element && !isShown(element)) element = element.parentElement.closest(".hl");
    return element && view.contains(element) ? element : null;
  }

  /** Links `element` with the marks that belong with it, its claim included. */
  function link(element) {
    const related = [...relatedTo(element, view), element];
    const attribution = element.dataset.attribution;
    if (attribution !== undefined) related.push(...view.querySelectorAll(`[data-kind="content"][data-attribution="${attribution}"]`));
    linkElements(view, related);
  }

  function place(element) {
    const box = element.getBoundingClientRect();
    const width = Math.min(340, window.innerWidth - 16);
    card.style.width = `${width}px`;
    const left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + window.innerWidth - width - 8);
    card.style.left = `${left}px`;
    card.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  function show(element, pin) {
    const { text, doc } = current();
    if (!doc) return;
    if (shownFor && shownFor !== element) {
      shownFor.removeAttribute("aria-describedby");
      shownFor.classList.remove("selected");
    }
    fillCard(body, cardContent(element, text, doc));
    card.hidden = false;
    card.dataset.for = element.dataset.kind;
    place(element);
    element.setAttribute("aria-describedby", card.id);
    link(element);
    element.classList.add("selected");
    shownFor = element;
    pinned = pin;
  }

  function close() {
    card.hidden = true;
    if (shownFor) {
      shownFor.removeAttribute("aria-describedby");
      shownFor.classList.remove("selected");
    }
    linkElements(view, []);
    shownFor = null;
    pinned = false;
  }

  const navigation = wireNavigation(view, { kinds, announce, onOpen: (mark) => show(mark, true) });

  /** Closes the card and puts focus back on its mark. */
  function closeAndReturn() {
    const returnTo = shownFor ?? navigation.current();
    close();
    if (returnTo && view.contains(returnTo)) navigation.moveTo(returnTo);
  }

  view.addEventListener("mouseover", (event) => {
    const element = markAt(event.target);
    if (pinned || element === shownFor) return;
    if (element) show(element, false);
    else if (shownFor && document.activeElement !== shownFor) close();
  });
  view.addEventListener("mouseleave", () => {
    if (!pinned && shownFor && document.activeElement !== shownFor) close();
  });
  view.addEventListener("focusout", (event) => {
    if (card.hidden && !view.contains(event.relatedTarget)) linkElements(view, []);
  });
  view.addEventListener("focusin", (event) => {
    const element = event.target === view ? null : markAt(event.target);
    if (!element) return;
    if (!card.hidden && shownFor !== element) show(element, pinned);
    else if (card.hidden) link(element);
  });
  view.addEventListener("click", (event) => {
    const element = markAt(event.target);
    if (element) {
      navigation.moveTo(element, { focus: document.activeElement !== element });
      show(element, true);
    } else {
      close();
    }
  });
  card.querySelector(".card-close").addEventListener("click", closeAndReturn);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!card.hidden) closeAndReturn();
    else if (view.querySelector(".linked")) close();
  });
  document.addEventListener("click", (event) => {
    if (pinned && !view.contains(event.target) && !card.contains(event.target)) close();
  });
  window.addEventListener("resize", () => shownFor && place(shownFor));

  function bringIntoView(element) {
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    onReveal();
    element.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }

  /** Marks every highlight matching `selector` and brings the first into view. */
  function selectGroup(selector, description) {
    close();
    const elements = [...view.querySelectorAll(selector)];
    linkElements(view, elements);
    if (elements[0]) bringIntoView(elements[0]);
    announce(`${description}: ${elements.length} highlighted in the article. Escape clears.`);
    return elements;
  }

  /**
   * Jumps to the first mark whose `data-*` attributes match `data` (e.g.
   * `{ kind: "quote", quote: 3 }`), focuses and selects it and opens its
   * card. Returns the mark, or null when none matches.
   */
  function selectMark(data) {
    const mark = view.querySelector(selectorOf(data));
    if (!mark) return null;
    close();
    navigation.moveTo(mark);
    bringIntoView(mark);
    show(mark, true);
    return mark;
  }

  /** Forgets the current mark and card (a new render or a new view). */
  function reset() {
    close();
    navigation.reset();
  }

  /** Makes `mark` the article's Tab stop and focuses it, its card closed. */
  function focusMark(mark) {
    close();
    navigation.moveTo(mark);
  }

  return { close, focusMark, selectGroup, selectMark, reset };
}
