import { useId } from 'react';
import { useI18n } from '../lib/i18n';

/** The calendar year whose file is shown; each year is stored in its own file. */
export function YearPicker({
  years,
  year,
  onChange,
}: {
  years: readonly number[];
  year: number;
  onChange: (year: number) => void;
}) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('case.list.year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {formatNumber(y, { grouping: false })}
          </option>
        ))}
      </select>
    </div>
  );
}
