import { useEffect, useId, useRef, useState } from 'react';
import { parseWholeNumber } from '../../../shared/domain/numerals';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';
import { SUPPRESS_BELOW_DEFAULT, useSuppressBelow } from '../../lib/use-suppress-below';

/** Opens the annual report's print layout; small counts hidden below the officer's threshold unless they untick it. */
export function PrintReportButton({ year }: { year: number }) {
  const { t, formatNumber } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  const [suppress, setSuppress] = useState(true);
  // This PC's threshold, the one its totals exports use too; the officer may set another, 2 to 100.
  const { saved, keep } = useSuppressBelow();
  const [typed, setTyped] = useState<string>();
  const threshold = typed ?? formatNumber(saved ?? SUPPRESS_BELOW_DEFAULT);
  const [problem, setProblem] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (problem) field.current?.focus();
  }, [problem]);
  const open = () => {
    const below = parseWholeNumber(threshold);
    if (suppress && (below === undefined || below < 2 || below > 100)) return setProblem(true);
    setProblem(false);
    if (suppress && below !== undefined) keep(below);
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
            onChange={(e) => setTyped(e.target.value)}
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
