import type { ReactNode } from 'react';
import { provinceName } from '../../../shared/domain/provinces';
import type { MessageKey } from '../../../shared/i18n/en';
import type { CaseRecord } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';

type Summary = CaseRecord['summary'];
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A table of a repeat group; "None" when it has no rows. */
function Rows({ head, rows, none }: { head: string[]; rows: ReactNode[][]; none: string }) {
  if (rows.length === 0) return <p>{none}</p>;
  return (
    <table>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Dates and numbers in the officer's language and digits. */
function useDates() {
  const { formatDate, formatDateTime, formatNumber } = useI18n();
  const num = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n));
  return { formatDate, formatDateTime, num, dateOr: (iso: string | undefined) => (iso ? formatDate(iso) : '—') };
}

function Suspects({ s, t }: { s: Extract<Summary, { team: 'HIT' | 'ICAC' }>; t: T }) {
  const { dateOr, num } = useDates();
  const none = t('print.none');
  return (
    <>
      <h4>{t('group.suspects')}</h4>
      <Rows
        none={none}
        head={[
          t('field.age'),
          t('field.sex'),
          t('field.relationship'),
          t('field.arrested'),
          t('field.arrestDate'),
          t('field.charges'),
          t('field.courtStage'),
          t('field.courtOutcome'),
        ]}
        rows={s.suspects.map((x) => [
          num(x.age),
          t(`sex.${x.sex}`),
          t(`relationship.${x.relationship}`),
          x.arrested ? t('common.yes') : t('common.no'),
          dateOr(x.arrestDate),
          x.charges || '—',
          t(`court.${x.courtStage}`),
          x.courtOutcome || '—',
        ])}
      />
    </>
  );
}

function TeamDetails({ s, t }: { s: Summary; t: T }) {
  const { formatDate, dateOr, num } = useDates();
  const none = t('print.none');
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  switch (s.team) {
    case 'HIT':
      return (
        <>
          <h4>{t('group.victims')}</h4>
          <Rows
            none={none}
            head={[t('field.age'), t('field.sex'), t('field.outcome')]}
            rows={s.victims.map((v) => [num(v.age), t(`sex.${v.sex}`), t(`outcome.${v.outcome}`)])}
          />
          <dl>
            <dt>{t('field.homicide')}</dt>
            <dd>{yes(s.homicide)}</dd>
            <dt>{t('field.suspiciousDeath')}</dt>
            <dd>{yes(s.suspiciousDeath)}</dd>
          </dl>
          <Suspects s={s} t={t} />
        </>
      );
    case 'ICAC':
      return (
        <>
          <dl>
            <dt>{t('field.referralSource')}</dt>
            <dd>{t(`referral.${s.referralSource}`)}</dd>
            <dt>{t('group.referralIds')}</dt>
            <dd>{s.referralIds.map((r) => r.value).join(', ') || none}</dd>
            <dt>{t('field.onlineOffences')}</dt>
            <dd>{s.onlineOffences.map((o) => t(`online.${o}`)).join(', ')}</dd>
            <dt>{t('field.devicesSeized')}</dt>
            <dd>{num(s.devicesSeized)}</dd>
            <dt>{t('field.forensicExams')}</dt>
            <dd>{num(s.forensicExams)}</dd>
            <dt>{t('field.victimsIdentified')}</dt>
            <dd>{num(s.victimsIdentified)}</dd>
            <dt>{t('group.partnerAgencies')}</dt>
            <dd>{s.partnerAgencies.map((p) => p.value).join(', ') || none}</dd>
          </dl>
          <Suspects s={s} t={t} />
        </>
      );
    case 'FST':
      return (
        <>
          {s.exhibits.map((e, i) => (
            <section key={i}>
              <h4>
                {t('case.form.item', { what: t('field.exhibits'), number: i + 1 })}: {e.reference}
              </h4>
              <dl>
                <dt>{t('field.type')}</dt>
                <dd>{t(`exhibit.${e.type}`)}</dd>
                <dt>{t('field.dateCollected')}</dt>
                <dd>{formatDate(e.dateCollected)}</dd>
                <dt>{t('field.sha256')}</dt>
                <dd className="hash">{e.sha256 ?? '—'}</dd>
              </dl>
              <Rows
                none={none}
                head={[t('field.examinations'), t('field.date'), t('field.result')]}
                rows={e.examinations.map((x) => [t(`exam.${x.type}`), dateOr(x.date), x.result || '—'])}
              />
              <Rows
                none={none}
                head={[t('field.holder'), t('field.date'), t('field.place')]}
                rows={e.custody.map((c) => [c.holder, formatDate(c.date), c.place])}
              />
            </section>
          ))}
        </>
      );
    case 'OVA':
      return (
        <>
          <dl>
            <dt>{t('field.victimsSupported')}</dt>
            <dd>{num(s.victimsSupported)}</dd>
            <dt>{t('field.familyMembersSupported')}</dt>
            <dd>{num(s.familyMembersSupported)}</dd>
            <dt>{t('field.courtAccompaniments')}</dt>
            <dd>{num(s.courtAccompaniments)}</dd>
            <dt>{t('field.bereavedFamiliesSupported')}</dt>
            <dd>{num(s.bereavedFamiliesSupported)}</dd>
          </dl>
          <h4>{t('group.services')}</h4>
          <Rows
            none={none}
            head={[t('field.service'), t('field.date')]}
            rows={s.services.map((x) => [t(`service.${x.service}`), formatDate(x.date)])}
          />
          <h4>{t('group.referrals')}</h4>
          <Rows
            none={none}
            head={[t('field.agency'), t('field.date')]}
            rows={s.referrals.map((x) => [x.agency, dateOr(x.date)])}
          />
        </>
      );
  }
}

/** One case summary as printed for the file: every field, marked confidential. */
export function SummaryPrint({ record }: { record: CaseRecord }) {
  const { t, language } = useI18n();
  const { formatDate, formatDateTime, dateOr } = useDates();
  const s = record.summary;
  return (
    <article className="print-summary" aria-label={t('print.summaryOf', { code: record.caseCode })}>
      <p className="print-confidential">{t('print.confidential')}</p>
      <h2>{t('print.summaryOf', { code: record.caseCode })}</h2>
      <dl>
        <dt>{t('field.team')}</dt>
        <dd>{t(`team.${s.team}`)}</dd>
        <dt>{t('field.investigationRef')}</dt>
        <dd>{s.investigationRef}</dd>
        <dt>{t('field.dateReported')}</dt>
        <dd>{formatDate(s.dateReported)}</dd>
        <dt>{t('field.offenceDate')}</dt>
        <dd>{dateOr(s.offenceDate)}</dd>
        <dt>{t('field.province')}</dt>
        <dd>{s.province ? provinceName(s.province, language) : '—'}</dd>
        <dt>{t('field.district')}</dt>
        <dd>{s.district || '—'}</dd>
        <dt>{t('field.offences')}</dt>
        <dd>{s.offences.map((o) => t(`offence.${o}`)).join('; ')}</dd>
        <dt>{t('field.status')}</dt>
        <dd>{t(`status.${s.status}`)}</dd>
        <dt>{t('print.entered')}</dt>
        <dd>{t('print.byOn', { by: record.createdBy || '—', at: formatDateTime(record.createdAt) })}</dd>
        <dt>{t('print.changed')}</dt>
        <dd>
          {t('print.byOnRevision', {
            by: record.updatedBy || '—',
            at: formatDateTime(record.updatedAt),
            revision: record.revision,
          })}
        </dd>
      </dl>
      <h3>{t('field.narrative')}</h3>
      <p className="narrative">{s.narrative || '—'}</p>
      <h3>{t('print.details', { team: s.team })}</h3>
      <TeamDetails s={s} t={t} />
    </article>
  );
}
