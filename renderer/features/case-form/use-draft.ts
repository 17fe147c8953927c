import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { api } from '../../lib/api';

const DELAY_MS = 600;

/**
 * Keeps what the officer types as a draft in the main process (with the case data, not in
 * the page), a moment after each change, so a crash or restart loses nothing.
 */
export function useDraftAutosave<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, key: string) {
  const [savedAt, setSavedAt] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const subscription = form.watch((values, { type }) => {
      if (type !== 'change' && type !== undefined) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (!form.formState.isDirty) return;
        void api.drafts
          .save({ key, values: JSON.parse(JSON.stringify(values)) as Record<string, unknown> })
          .then((r) => {
            if (r.ok) setSavedAt(r.value.savedAt);
          });
      }, DELAY_MS);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [form, key]);

  return savedAt;
}
