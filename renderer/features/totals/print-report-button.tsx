import { useId, useState } from 'react';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';

/** Counts below this are hidden in the printed report unless the officer unticks it. */
const SUPPRESS_BELOW = 5;

/** Opens the annual report's print layout; small counts hidden unless the officer unticks it. */
export function PrintReportButton({ year }: { year: number }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  const [suppress, setSuppress] = useState(true);
  return (
    <div className="row print-report-button">
      <label htmlFor={id} className="choice">
        <input id={id} type="checkbox" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />
        {t('print.report.suppress', { threshold: SUPPRESS_BELOW })}
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void navigate({
            name: 'print',
            doc: { kind: 'report', year, ...(suppress ? { suppressBelow: SUPPRESS_BELOW } : {}) },
          })
        }
      >
        {t('print.report.open')}
      </button>
    </div>
  );
}
