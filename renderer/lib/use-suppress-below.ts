import { useCallback, useState } from 'react';
import { api } from './api';
import { useApiResult } from './use-api-result';

/** The threshold before this PC has one (the domain's default). */
export const SUPPRESS_BELOW_DEFAULT = 5;

/**
 * This PC's small-count threshold (`Settings.suppressBelow`): what the printed annual report and
 * every totals export start with, so two publications of a year never hide different cells.
 * `keep` saves the one the coordinator just used, when it differs.
 */
export function useSuppressBelow(): { saved: number | undefined; keep: (below: number) => void } {
  const settings = useApiResult(() => api.settings.get({}), []);
  const [kept, setKept] = useState<number>();
  const saved = kept ?? settings.value?.suppressBelow;
  const keep = useCallback(
    (below: number) => {
      if (below === saved) return;
      setKept(below);
      // Refused (a full disk): the saved one stays this PC's, and is what the next publication starts from.
      void api.settings.update({ suppressBelow: below }).then((result) => {
        if (!result.ok) setKept(undefined);
      });
    },
    [saved],
  );
  return { saved, keep };
}
