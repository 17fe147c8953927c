import { useId } from 'react';
import type { CaseRecord } from '../../../shared/schemas/case';
import { useI18n } from '../../i18n/i18n';

/** The year's summaries, newest report first. */
export function CaseList({ year, summaries }: { year: number; summaries: CaseRecord[] }) {
  const { t } = useI18n();
  const id = useId();
  const rows = [...summaries].sort((a, b) => b.dateReported.localeCompare(a.dateReported));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('case.list.title', { year })}</h2>
      <p className="muted">{t('case.list.count', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('case.list.empty')}</p>
      ) : (
        <table className="cases">
          <thead>
            <tr>
              <th scope="col">{t('case.column.ref')}</th>
              <th scope="col">{t('case.column.team')}</th>
              <th scope="col">{t('case.column.dateReported')}</th>
              <th scope="col">{t('case.column.updatedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.investigationRef}</td>
                <td>{r.team}</td>
                <td>{r.dateReported}</td>
                <td>{r.updatedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
