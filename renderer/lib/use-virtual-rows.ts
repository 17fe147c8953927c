import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Every row has the same height (cells do not wrap), so no row needs measuring. */
export const ROW_HEIGHT = 40;
/** Used until the scroll box has a size, and whenever it reports none (jsdom has no layout). */
const FALLBACK_RECT: Rect = { width: 1000, height: 600 };

function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

/** Where a list was scrolled to, and for which query (`resetKey`): kept while the list is away. */
export interface ScrollMemory {
  offset: number;
  resetKey: unknown;
}

/**
 * A list that should come back where it was (the cases list after a summary is read) puts a
 * memory above its table; a table below it starts at the remembered offset when it shows the
 * same query again. Without one, tables start at the top.
 */
export const ScrollMemoryContext = createContext<ScrollMemory | undefined>(undefined);

interface Options {
  /** Rows in the whole list, loaded or not: sizes the scroll bar. */
  count: number;
  /** A row's React key; rows not loaded yet fall back to their index. */
  keyOf(index: number): string | number;
  /** When it changes (a new filter or sort), the list shows from the top again. */
  resetKey: unknown;
  /** Told which rows are drawn (overscan included), so their pages can be fetched. */
  onRange?: ((first: number, last: number) => void) | undefined;
}

/**
 * The rows of a long table that are in view, for a body that renders only those between two
 * spacer rows. Shared by the cases list and the bin.
 */
export function useVirtualRows({ count, keyOf, resetKey, onRange }: Options) {
  const scroller = useRef<HTMLDivElement>(null);
  const memory = useContext(ScrollMemoryContext);
  const [initialOffset] = useState(() => (memory && Object.is(memory.resetKey, resetKey) ? memory.offset : 0));
  const currentKey = useRef(resetKey);
  // No React Compiler in this build; the virtualizer re-renders the table on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: FALLBACK_RECT,
    initialOffset,
    observeElementRect: observeRect,
    getItemKey: keyOf,
    onChange: (instance) => {
      if (!memory || instance.scrollOffset === null) return;
      memory.offset = instance.scrollOffset;
      memory.resetKey = currentKey.current;
    },
  });
  // Back at a remembered place: the box is scrolled there before it is painted.
  useLayoutEffect(() => {
    if (initialOffset > 0 && scroller.current) scroller.current.scrollTop = initialOffset;
  }, [initialOffset]);
  useEffect(() => {
    if (Object.is(currentKey.current, resetKey)) return;
    currentKey.current = resetKey;
    if (memory) memory.resetKey = resetKey;
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey, memory]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= first) onRange?.(first, last);
  }, [first, last, onRange]);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return { scroller, items, before, after };
}
