// How a reader explores the highlights: hover previews a card, focus and
// tap open it, a tap or Enter pins it, Escape closes it. The card's
// highlight and its related highlights (speaker and cue, all mentions) are
// marked while it is open.

import { cardContent, relatedTo, linkElements, fillCard } from "./cards.js";

/**
 * Wires the reading `view` to the `card` element. `current()` gives the
 * `{ text, doc }` being shown. Returns `{ close, selectGroup }`.
 */
export function wireInteractions(view, card, current, announce) {
  let shownFor = null;
  let pinned = false;
  let quiet = false;

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
    if (shownFor && shownFor !== element) shownFor.removeAttribute("aria-describedby");
    fillCard(card, cardContent(element, text, doc));
    card.hidden = false;
    card.dataset.for = element.dataset.kind;
    place(element);
    element.setAttribute("aria-describedby", card.id);
    linkElements(view, [...relatedTo(element, view), element]);
    element.classList.add("selected");
    if (shownFor && shownFor !== element) shownFor.classList.remove("selected");
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

  // Pointing at a long attributed claim would pop cards everywhere, so hover
  // and focus skip it; a tap or click on it opens its attribution's card.
  const highlightAt = (target) => target.closest?.(".hl:not([data-kind='content'])") ?? null;
  const clickedAt = (target) => highlightAt(target) ?? target.closest?.(".hl") ?? null;

  view.addEventListener("mouseover", (event) => {
    const element = highlightAt(event.target);
    if (element && !pinned && element !== shownFor) show(element, false);
  });
  view.addEventListener("mouseleave", () => {
    if (!pinned && shownFor && document.activeElement !== shownFor) close();
  });
  view.addEventListener("focusin", (event) => {
    const element = highlightAt(event.target);
    if (element && !quiet) show(element, pinned);
  });
  view.addEventListener("click", (event) => {
    const element = clickedAt(event.target);
    if (element) {
      show(element, true);
      if (element.tabIndex >= 0 && document.activeElement !== element) element.focus({ preventScroll: true });
    } else {
      close();
    }
  });
  view.addEventListener("keydown", (event) => {
    const element = highlightAt(event.target);
    if (element && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(element, true);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && (!card.hidden || view.querySelector(".linked"))) {
      const returnTo = shownFor;
      close();
      if (returnTo && view.contains(returnTo)) {
        quiet = true;
        returnTo.focus({ preventScroll: true });
        quiet = false;
      }
    }
  });
  document.addEventListener("click", (event) => {
    if (pinned && !view.contains(event.target) && !card.contains(event.target)) close();
  });
  window.addEventListener("resize", () => shownFor && place(shownFor));

  /** Marks every highlight matching `selector` and brings the first into view. */
  function selectGroup(selector, description) {
    close();
    const elements = [...view.querySelectorAll(selector)];
    linkElements(view, elements);
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    elements[0]?.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    announce(`${description}: ${elements.length} highlighted in the article. Escape clears.`);
    return elements;
  }

  return { close, selectGroup };
}
