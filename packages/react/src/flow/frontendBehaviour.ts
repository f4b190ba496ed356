// What govuk-frontend's JavaScript does on a journey's pages, done by <TransactionFlow> itself, so a council need
// not load govuk-frontend's JavaScript for it, and React's state stays the one truth. Each does exactly what
// govuk-frontend's component does (its Checkboxes, Button and ErrorSummary), so if a page-wide `initAll()` has also
// started those components on the first page, the two agree instead of undoing each other.

/** How long govuk-frontend's Button ignores a second click, in milliseconds. */
const DOUBLE_CLICK_MS = 1000;

let justClicked = new WeakSet<Element>();

/** A click, as React or the DOM gives it. */
interface Click {
  target: EventTarget;
  preventDefault(): void;
}

const closest = ({ target }: Click, selector: string) => (target instanceof Element ? target.closest(selector) : null);

/**
 * An answer changed (call before react-hook-form reads it). As govuk-frontend's Checkboxes: ticking "None"
 * (`data-behaviour="exclusive"`) unticks every other box of the question, and ticking any other box unticks "None".
 * And the next click on a button is the resident's own, not the second of a double click, however soon it comes.
 */
export function answerChanged(box: EventTarget): void {
  justClicked = new WeakSet();
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) return;
  const exclusive = box.dataset.behaviour === 'exclusive';
  for (const other of box.form?.querySelectorAll<HTMLInputElement>(`input[name="${box.name}"]`) ?? []) {
    if (other !== box && (exclusive || other.dataset.behaviour === 'exclusive')) other.checked = false;
  }
}

/**
 * As govuk-frontend's Button with `data-prevent-double-click="true"`: a second click within a second of the first,
 * with no answer changed between, is cancelled, so a double click sends a page once. Returns whether it cancelled
 * this click.
 */
export function cancelsDoubleClick(event: Click): boolean {
  const button = closest(event, '[data-prevent-double-click="true"]');
  if (!button) return false;
  if (justClicked.has(button)) {
    event.preventDefault();
    return true;
  }
  justClicked.add(button);
  setTimeout(() => justClicked.delete(button), DOUBLE_CLICK_MS);
  return false;
}

/**
 * As govuk-frontend's ErrorSummary: a link in the error summary moves focus to the field with the error and scrolls
 * its question (legend or label) into view, rather than jumping to the field with the question out of sight.
 * Returns whether it did.
 */
export function followsErrorLink(event: Click): boolean {
  const link = closest(event, '.govuk-error-summary a') as HTMLAnchorElement | null;
  const field = link?.hash ? document.getElementById(link.hash.slice(1)) : null;
  if (!field) return false;
  event.preventDefault();
  questionOf(field)?.scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}

// govuk-frontend's rule: a choice's question is its fieldset's legend; another field's is the legend only when
// field and legend both fit in the top half of the window, otherwise its own label.
function questionOf(field: HTMLElement): Element | null {
  const legend = field.closest('fieldset')?.querySelector('legend');
  const { top, height } = field.getBoundingClientRect();
  const choice = field instanceof HTMLInputElement && /^(checkbox|radio)$/.test(field.type);
  if (legend && (choice || (height && top + height - legend.getBoundingClientRect().top < innerHeight / 2))) {
    return legend;
  }
  return document.querySelector(`label[for='${field.id}']`);
}
