import { useId } from 'react';
import { useI18n } from '../../lib/i18n';
import type { ReportHeading } from './letterhead';

/**
 * What the officer chooses before printing the annual report (not printed itself): the
 * reference number, prefilled as CPU/AR/<year>/001, and the national heading for a report
 * submitted to the Ministry.
 */
export function ReportOptions({
  year,
  heading,
  onChange,
}: {
  year: number;
  heading: ReportHeading;
  onChange: (heading: ReportHeading) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="print-options no-print">
      <div className="field">
        <label htmlFor={`${id}-ref`}>{t('print.reference')}</label>
        <input
          id={`${id}-ref`}
          maxLength={60}
          value={heading.reference}
          aria-describedby={`${id}-ref-hint`}
          onChange={(e) => onChange({ ...heading, reference: e.target.value })}
        />
        <p id={`${id}-ref-hint`} className="muted">
          {t('print.reference.hint', { year })}
        </p>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={heading.national}
          onChange={(e) => onChange({ ...heading, national: e.target.checked })}
        />
        {t('print.national.option')}
      </label>
    </div>
  );
}
