import { useEffect, type FocusEvent, type RefObject } from 'react';
import type { FocusedRow, ListPlace } from './list-state';

/** What a focus inside the table was on: a row control (case code, investigation), or nothing to keep. */
export function focusedRowOf(target: Element): FocusedRow | undefined {
  const cell = target.closest('td');
  const row = cell?.closest('tr');
  const rowIndex = Number(row?.getAttribute('aria-rowindex'));
  if (!cell || !row || !Number.isInteger(rowIndex)) return undefined;
  const caseCode = row.querySelector('td button')?.textContent ?? '';
  return { rowIndex, column: [...row.children].indexOf(cell), caseCode };
}

/** The control to focus again: the same summary's row if it is drawn, else the same row index. */
function findControl(box: HTMLElement, focused: FocusedRow): HTMLElement | null {
  const inRow = (row: Element | null | undefined) =>
    row?.children.item(focused.column)?.querySelector<HTMLElement>('button, a, [tabindex]') ?? null;
  const rows = [...box.querySelectorAll('tbody tr[aria-rowindex]')];
  const same = rows.find((row) => row.querySelector('td button')?.textContent === focused.caseCode);
  if (same) return inRow(same);
  const atIndex = box.querySelector(`tbody tr[aria-rowindex="${focused.rowIndex}"]`);
  // A placeholder row (its page still loading) has no control yet: wait for it.
  return atIndex?.querySelector('button') ? inRow(atIndex) : null;
}

/** Nothing the officer chose has focus: only the page, or the heading focus was moved to on arrival. */
function focusIsFree(): boolean {
  const active = document.activeElement;
  return (
    !active || active === document.body || (active.tagName.startsWith('H') && active.getAttribute('tabindex') === '-1')
  );
}

/**
 * Coming back to the list, focus returns to the row control the officer left from (the case
 * code they opened), once its row is drawn, unless they have already moved focus themselves.
 * Returns the focus handler that keeps note of it.
 */
export function useReturnFocus(box: RefObject<HTMLElement | null>, place: ListPlace, ready: boolean) {
  useEffect(() => {
    const el = box.current;
    const focused = place.focused;
    if (!el || !ready || !focused) return;
    const attempt = () => {
      if (!focusIsFree()) return true;
      const control = findControl(el, focused);
      control?.focus();
      return control !== null;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box, place, ready]);
  return (event: FocusEvent) => {
    place.keepFocus(focusedRowOf(event.target));
  };
}
