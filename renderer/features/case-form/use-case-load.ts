import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import type { Draft } from '../../../shared/schemas/draft';
import { api } from '../../lib/api';
import { useApiResult } from '../../lib/use-api-result';

/** Who closed `year` and when, while it is closed; undefined for an open year (or none asked). */
export function useClosedYear(year: number | undefined): { by: string; at: string } | undefined {
  const { value } = useApiResult(
    () => (year === undefined ? Promise.resolve({ ok: true as const, value: undefined }) : api.years.get({ year })),
    [year],
  );
  return value?.closed;
}

/** What the summary page opens with: the kept draft and the summary, or why it could not be read. */
export type Loaded = { draft: Draft | null; record?: CaseRecord } | { error: AppError };

/** The draft kept under `draftKey` and the summary `id` (none for a new one), read again when `version` is raised. */
export function useLoad(
  draftKey: string,
  id: string | undefined,
  version: number,
  enabled: boolean,
): Loaded | undefined {
  const [state, setState] = useState<{ key: string; loaded: Loaded }>();
  const key = `${draftKey}#${version}`;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void Promise.all([api.drafts.get({ key: draftKey }), id ? api.cases.get({ id }) : undefined]).then(
      ([draft, record]) => {
        if (!current) return;
        if (record && !record.ok) setState({ key, loaded: { error: record.error } });
        else
          setState({
            key,
            loaded: { draft: draft.ok ? draft.value : null, ...(record ? { record: record.value } : {}) },
          });
      },
    );
    return () => {
      current = false;
    };
  }, [draftKey, id, key, enabled]);
  return state?.key === key ? state.loaded : undefined;
}
