import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { DraftBase } from '../../../shared/schemas/draft';
import { api } from '../../lib/api';
import { beforeLock } from '../../lib/before-lock';

const DELAY_MS = 600;

/**
 * One draft key's autosave, kept outside React so that whoever ends the draft (Discard on the
 * page, Save in the form) can stop it first: a change typed just before would otherwise be
 * written a moment later, after the draft was discarded, and the draft would come back.
 */
interface Writer {
  timer?: ReturnType<typeof setTimeout> | undefined;
  /** Settles once every save already sent has been answered. */
  landed: Promise<unknown>;
  /** Raised by each hold: an answer to a save sent before it is no longer the form's news. */
  generation: number;
  held: number;
  /** A change was left unsaved because of a hold. */
  missed: boolean;
  /**
   * The draft is gone (the summary saved, or the draft discarded): nothing is written until the
   * officer changes a field again. The form's own reset after a save is no change of theirs, and
   * must not bring the draft back when the form goes a moment later.
   */
  ended: boolean;
  /** The mounted form's way to keep its current values again (after a failed save or discard). */
  again?: (() => void) | undefined;
}

const writers = new Map<string, Writer>();

function writerOf(key: string): Writer {
  let writer = writers.get(key);
  if (!writer) {
    writer = { landed: Promise.resolve(), generation: 0, held: 0, missed: false, ended: false };
    writers.set(key, writer);
  }
  return writer;
}

/**
 * Stops the autosave of `key` before the draft is discarded or the form saved: a pending save
 * is cancelled, one already sent is waited for (so main sees it before the discard) and its
 * answer ignored. Resolves to `release`; `resume` keeps the form's values again when the
 * draft lives on (the discard or the save failed), and must be false once the draft is gone.
 * Resumed, the form's values are kept again whether or not a change was missed: a save of the
 * same summary elsewhere (another tab of the browser shell) may have discarded the draft meanwhile.
 */
export async function holdDraft(key: string): Promise<(resume: boolean) => void> {
  const writer = writerOf(key);
  writer.held += 1;
  writer.generation += 1;
  if (writer.timer !== undefined) writer.missed = true;
  clearTimeout(writer.timer);
  writer.timer = undefined;
  await writer.landed;
  let released = false;
  return (resume) => {
    if (released) return;
    released = true;
    writer.held -= 1;
    if (writer.held > 0) return;
    writer.ended = !resume;
    if (resume) writer.again?.();
    writer.missed = false;
  };
}

/**
 * Keeps what the officer types as a draft in the main process (with the case data, not in
 * the page), a moment after each change, so a crash or restart loses nothing. Says when the
 * last draft was kept, and whether the latest attempt failed (a full disk): the form then never
 * claims "Draft kept".
 */
export function useDraftAutosave<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  key: string,
  base?: DraftBase,
): { savedAt?: string | undefined; failed: boolean } {
  const [state, setState] = useState<{ savedAt?: string | undefined; failed: boolean }>({ failed: false });
  // Kept with every draft of an open summary (see `DraftBase`); read when a draft is written.
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  });

  useEffect(() => {
    const writer = writerOf(key);
    const write = () => {
      writer.timer = undefined;
      if (writer.held > 0) {
        writer.missed = true;
        return;
      }
      if (writer.ended || !form.formState.isDirty) return;
      const generation = writer.generation;
      const values = JSON.parse(JSON.stringify(form.getValues())) as Record<string, unknown>;
      const base = baseRef.current && (JSON.parse(JSON.stringify(baseRef.current)) as DraftBase);
      const sent = api.drafts.save({ key, values, ...(base ? { base } : {}) }).then((r) => {
        if (generation !== writer.generation) return;
        setState((s) => (r.ok ? { savedAt: r.value.savedAt, failed: false } : { ...s, failed: true }));
      });
      writer.landed = Promise.allSettled([writer.landed, sent]);
    };
    const schedule = () => {
      clearTimeout(writer.timer);
      writer.timer = setTimeout(write, DELAY_MS);
    };
    writer.again = schedule;
    /** A change still waiting for its turn is kept now. */
    const now = () => {
      if (writer.timer === undefined) return;
      clearTimeout(writer.timer);
      write();
    };
    // Signing out while a change waits for its turn: it is kept now, before main locks.
    const unregister = beforeLock(() => {
      now();
      return writer.landed;
    });
    // The page reloads or closes (a quit, a closed tab): what was typed in the last moment goes
    // now; Electron's IPC sends it at once, and the browser shell's request outlives the page.
    window.addEventListener('pagehide', now);
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change' && type !== undefined) return;
      // The officer typed again: what they type is theirs to keep, the draft begins anew.
      if (type === 'change') writer.ended = false;
      if (writer.held > 0) {
        writer.missed = true;
        return;
      }
      schedule();
    });
    return () => {
      // The form goes (the officer left it, and was told the draft is kept): the last change too.
      now();
      window.removeEventListener('pagehide', now);
      if (writer.again === schedule) writer.again = undefined;
      unregister();
      subscription.unsubscribe();
    };
  }, [form, key]);

  return state;
}
