import { useEffect, useId, useRef, useState } from 'react';
import { parseWholeNumber } from '../../../shared/domain/numerals';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';

/** The threshold the report starts with (the domain's default); the officer sets another, 2 to 100, as for exports. */
const SUPPRESS_BELOW = '5';

/** Opens the annual report's print layout; small counts hidden below the officer's threshold unless they untick it. */
export function PrintReportButton({ year }: { year: number }) {
  const { t, formatNumber } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  const [suppress, setSuppress] = useState(true);
  const [threshold, setThreshold] = useState(() => formatNumber(Number(SUPPRESS_BELOW)));
  const [problem, setProblem] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (problem) field.current?.focus();
  }, [problem]);
  const open = () => {
    const below = parseWholeNumber(threshold);
    if (suppress && (below === undefined || below < 2 || below > 100)) return setProblem(true);
    setProblem(false);
    void navigate({ name: 'print', doc: { kind: 'report', year, ...(suppress ? { suppressBelow: below } : {}) } });
  };
  return (
    <div className="row print-report-button">
      <label htmlFor={id} className="choice">
        <input id={id} type="checkbox" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />
        {t('print.report.suppressSmall')}
      </label>
      {suppress ? (
        <div className="field inline">
          <label htmlFor={`${id}-threshold`}>{t('data.export.threshold')}</label>
          <input
            ref={field}
            id={`${id}-threshold`}
            inputMode="numeric"
            size={4}
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
          />
        </div>
      ) : null}
      <button type="button" className="secondary" onClick={open}>
        {t('print.report.open')}
      </button>
      {problem && suppress ? (
        <p role="alert" className="field-error" id={`${id}-problem`}>
          {t('data.export.thresholdRange')}
        </p>
      ) : null}
    </div>
  );
}
