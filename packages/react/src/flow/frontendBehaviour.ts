// What govuk-frontend's JavaScript does on a journey's pages, done by <TransactionFlow> itself, so a council need
// not load govuk-frontend's JavaScript for it, and React's state stays the one truth. Each does exactly what
// govuk-frontend's component does (its Checkboxes, Button and ErrorSummary), so if a page-wide `initAll()` has also
// started those components on the first page, the two agree instead of undoing each other.

/** How long govuk-frontend's Button ignores a second click, in milliseconds. */
const DOUBLE_CLICK_MS = 1000;

const justClicked = new WeakSet<Element>();

/**
 * As govuk-frontend's Checkboxes: ticking "None" (`data-behaviour="exclusive"`) unticks every other box of the
 * question, and ticking any other box unticks "None". Call before react-hook-form reads the boxes.
 */
export function untickAgainstExclusive(target: EventTarget): void {
  if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox' || !target.checked || !target.form) return;
  const exclusive = target.dataset.behaviour === 'exclusive';
  for (const box of target.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (box !== target && box.name === target.name && (exclusive || box.dataset.behaviour === 'exclusive')) {
      box.checked = false;
    }
  }
}

/**
 * As govuk-frontend's Button with `data-prevent-double-click="true"`: a second click within a second of the first
 * is cancelled, so a double click sends a page once. Returns whether it cancelled this click.
 */
export function cancelsDoubleClick(event: { target: EventTarget; preventDefault(): void }): boolean {
  const button = event.target instanceof Element && event.target.closest('[data-prevent-double-click="true"]');
  if (!button) return false;
  if (justClicked.has(button)) {
    event.preventDefault();
    return true;
  }
  justClicked.add(button);
  window.setTimeout(() => justClicked.delete(button), DOUBLE_CLICK_MS);
  return false;
}

/**
 * As govuk-frontend's ErrorSummary: a link in the error summary moves focus to the field with the error and scrolls
 * its question (legend or label) into view, rather than jumping to the field with the question out of sight.
 * Returns whether it did.
 */
export function followsErrorLink(event: { target: EventTarget; preventDefault(): void }): boolean {
  const link = event.target instanceof Element && event.target.closest('.govuk-error-summary a');
  if (!(link instanceof HTMLAnchorElement)) return false;
  const field = link.hash ? document.getElementById(link.hash.slice(1)) : null;
  const question = field && legendOrLabelOf(field);
  if (!field || !question) return false;
  event.preventDefault();
  question.scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}

// govuk-frontend's rule: a choice's question is its fieldset's legend; another field's is the legend only when
// field and legend both fit in the top half of the window, otherwise its own label.
function legendOrLabelOf(field: HTMLElement): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return legend;
    const { top, height } = field.getBoundingClientRect();
    if (height && window.innerHeight && top + height - legend.getBoundingClientRect().top < window.innerHeight / 2) {
      return legend;
    }
  }
  return document.querySelector<HTMLElement>(`label[for='${field.id}']`) ?? field.closest('label');
}
