import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { JobStatus } from '../../../shared/schemas/exchange';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/** How often the page asks main how far an export or an import has come. */
const POLL_MS = 150;

/**
 * Follows a job in main (`jobs:progress`) until it ends; `cancel` stops it before anything is
 * written. Resolves with the job's last status (done, failed or cancelled).
 */
export function useJob() {
  const [status, setStatus] = useState<JobStatus>();
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const follow = useCallback(async (job: string): Promise<JobStatus | AppError> => {
    for (;;) {
      const answer = await api.jobs.progress({ job });
      if (!answer.ok) return answer.error;
      if (alive.current) setStatus(answer.value);
      if (answer.value.state !== 'running') {
        if (alive.current) setStatus(undefined);
        return answer.value;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);
  const cancel = useCallback(async () => {
    if (status) await api.jobs.cancel({ job: status.job });
  }, [status]);
  return { status, follow, cancel };
}

/** The progress bar of a running export or import, with its counts and a cancel button. */
export function JobProgress({ status, onCancel }: { status: JobStatus; onCancel: () => void }) {
  const { t, formatNumber } = useI18n();
  const label = t(status.kind === 'export' ? 'data.job.exporting' : 'data.job.importing');
  // Before an import has read the file's header (a protected file's key takes a moment) it has no count yet.
  const opening = status.kind === 'import' && status.total === 0 && status.done === 0;
  const counts = opening
    ? t('data.job.opening')
    : t('data.job.count', { done: formatNumber(status.done), total: formatNumber(status.total) });
  return (
    <div role="status" className="busy">
      {opening ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} value={status.done} max={Math.max(status.total, 1)} />
      )}
      <span>{label}</span>
      <span className="muted">{counts}</span>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('data.job.cancel')}
      </button>
    </div>
  );
}
