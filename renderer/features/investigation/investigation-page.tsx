import { useId } from 'react';
import { LEAD_TEAMS, type Team } from '../../../shared/domain/teams';
import { toRow, type CaseRow } from '../../../shared/schemas/case';
import { ErrorBanner } from '../../components/error-banner';
import { NewForInvestigation } from '../../components/new-for-investigation';
import { useRouter } from '../../lib/router';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import '../../components/case-rows.css';
import { useApiResult } from '../../lib/use-api-result';

/** Lead teams first, then the teams that support them. */
export const INVESTIGATION_TEAM_ORDER: readonly Team[] = ['HIT', 'ICAC', 'FST', 'OVA'];

/** True when support teams (FST, OVA) have summaries but no lead team (HIT, ICAC) has one. */
export function lacksLead(rows: readonly CaseRow[]): boolean {
  const lead = rows.some((r) => LEAD_TEAMS.includes(r.team));
  return !lead && rows.some((r) => !LEAD_TEAMS.includes(r.team));
}

function TeamGroup({ team, rows }: { team: Team; rows: CaseRow[] }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  return (
    <section className="team-group" aria-labelledby={id}>
      <h3 id={id}>{t(`team.${team}`)}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('investigation.teamNone', { team })}</p>
      ) : (
        <table className="cases" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('case.column.code')}</th>
              <th scope="col">{t('case.column.dateReported')}</th>
              <th scope="col">{t('case.column.status')}</th>
              <th scope="col">{t('case.column.offences')}</th>
              <th scope="col">{t('case.column.updatedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <button type="button" className="link" onClick={() => void navigate({ name: 'edit', id: row.id })}>
                    {row.caseCode}
                  </button>
                </td>
                <td>{formatDate(row.dateReported)}</td>
                <td>{t(`status.${row.status}`)}</td>
                <td>{row.offences.map((o) => t(`offence.${o}`)).join(', ')}</td>
                <td>{t('case.list.savedByOn', { by: row.updatedBy, at: formatDateTime(row.updatedAt) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Every team's summaries of one investigation, from all years, grouped by team. */
export function InvestigationPage({ investigationRef }: { investigationRef: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const id = useId();
  const { value, error, loading } = useApiResult(
    () => api.cases.investigation({ investigationRef }),
    [investigationRef],
  );
  const rows = value?.records.map(toRow);
  const byDate = (a: CaseRow, b: CaseRow) =>
    a.dateReported.localeCompare(b.dateReported) || a.caseCode.localeCompare(b.caseCode);

  return (
    <section className="investigation-page" aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h2 id={`${id}-title`} className="page-title">
          {t('investigation.title', { ref: investigationRef })}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={() => void navigate({ name: 'print', doc: { kind: 'investigation', investigationRef } })}
        >
          {t('print.open')}
        </button>
        <button type="button" className="secondary" onClick={() => void navigate({ name: 'list' })}>
          {t('investigation.back')}
        </button>
        {rows ? <NewForInvestigation investigationRef={investigationRef} /> : null}
      </div>
      <p className="muted">{t('investigation.intro')}</p>
      {error ? <ErrorBanner error={error} /> : null}
      {loading ? <p>{t('common.loading')}</p> : null}
      {rows && rows.length === 0 ? <p>{t('investigation.none')}</p> : null}
      {rows && lacksLead(rows) ? (
        <div className="banner banner-warning" role="alert">
          {t('investigation.noLead')}
        </div>
      ) : null}
      {rows && rows.length > 0
        ? INVESTIGATION_TEAM_ORDER.map((team) => (
            <TeamGroup key={team} team={team} rows={rows.filter((r) => r.team === team).sort(byDate)} />
          ))
        : null}
    </section>
  );
}
