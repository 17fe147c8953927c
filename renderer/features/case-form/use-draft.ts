import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { api } from '../../lib/api';

const DELAY_MS = 600;

/**
 * Keeps what the officer types as a draft in the main process (with the case data, not in
 * the page), a moment after each change, so a crash or restart loses nothing. Says when the
 * last draft was kept, and whether the latest attempt failed (a full disk): the form then never
 * claims "Draft kept".
 */
export function useDraftAutosave<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  key: string,
): { savedAt?: string | undefined; failed: boolean } {
  const [state, setState] = useState<{ savedAt?: string | undefined; failed: boolean }>({ failed: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const subscription = form.watch((values, { type }) => {
      if (type !== 'change' && type !== undefined) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (!form.formState.isDirty) return;
        void api.drafts
          .save({ key, values: JSON.parse(JSON.stringify(values)) as Record<string, unknown> })
          .then((r) => setState((s) => (r.ok ? { savedAt: r.value.savedAt, failed: false } : { ...s, failed: true })));
      }, DELAY_MS);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [form, key]);

  return state;
}
