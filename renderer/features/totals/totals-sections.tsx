import { useId, type ReactNode } from 'react';
import type { YearComparison } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { AgeSexCard } from './age-sex-card';
import { TeamFigures } from './headline-figures';
import { listLabel, provinceLabel } from '../../lib/numbers';
import { TableCard } from './table-card';

/** A titled part of the page. */
export function Section({
  title,
  children,
  className = '',
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`totals-section ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function TeamPart({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="team-part" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      {children}
    </section>
  );
}

/** The investigation tables: where, what, who, which victims and how far in court. */
export function InvestigationTables({ comparison }: { comparison: YearComparison }) {
  const { t, language } = useI18n();
  const c = comparison.current;
  const unknown = t('totals.province.unknown');
  return (
    <div className="cards">
      <TableCard
        chart
        title={t('totals.table.byProvince')}
        formula={t('totals.formula.byProvince')}
        table={c.byProvince}
        labelOf={(key) => provinceLabel(language, key, unknown)}
      />
      <TableCard
        chart
        title={t('totals.table.byOffence')}
        formula={t('totals.formula.byOffence')}
        table={c.byOffence}
        labelOf={(key) => listLabel(t, 'offence', key)}
      />
      <TableCard
        chart
        title={t('totals.table.relationships')}
        formula={t('totals.formula.relationships')}
        table={c.relationships}
        labelOf={(key) => listLabel(t, 'relationship', key)}
      />
      <AgeSexCard rows={c.victimsByAgeSex} formula={t('totals.formula.victimsByAgeSex')} />
      <TableCard
        chart
        title={t('totals.table.courtStages')}
        formula={t('totals.formula.courtStages')}
        table={c.courtStages}
        labelOf={(key) => listLabel(t, 'court', key)}
      />
      <TableCard
        title={t('totals.table.investigationsByLeadTeam')}
        formula={t('totals.formula.investigationsByLeadTeam')}
        table={c.investigationsByLeadTeam}
        labelOf={(key) => listLabel(t, 'team', key)}
      />
    </div>
  );
}

/** What each team did in the year, from its own summaries. */
export function TeamWork({ comparison }: { comparison: YearComparison }) {
  const { t } = useI18n();
  const c = comparison.current;
  const year = c.year;
  return (
    <>
      <div className="cards">
        <TableCard
          chart
          title={t('totals.table.summariesByTeam')}
          formula={t('totals.formula.summariesByTeam', { year })}
          table={c.summariesByTeam}
          labelOf={(key) => key}
        />
      </div>
      <TeamPart title={t('totals.team.ova')}>
        <TeamFigures
          comparison={comparison}
          names={['victimsSupported', 'familyMembersSupported', 'courtAccompaniments', 'bereavedFamiliesSupported']}
        />
        <div className="cards">
          <TableCard
            chart
            level={5}
            title={t('totals.table.services')}
            formula={t('totals.formula.services', { year })}
            table={c.services}
            labelOf={(key) => listLabel(t, 'service', key)}
          />
        </div>
      </TeamPart>
      <TeamPart title={t('totals.team.fst')}>
        <TeamFigures comparison={comparison} names={['exhibits']} />
        <div className="cards">
          <TableCard
            level={5}
            title={t('totals.table.examinations')}
            formula={t('totals.formula.examinations', { year })}
            table={c.examinations}
            labelOf={(key) => listLabel(t, 'exam', key)}
          />
        </div>
      </TeamPart>
      <TeamPart title={t('totals.team.icac')}>
        <TeamFigures comparison={comparison} names={['devicesSeized', 'forensicExams', 'victimsIdentified']} />
        <div className="cards">
          <TableCard
            level={5}
            title={t('totals.table.icacReferrals')}
            formula={t('totals.formula.icacReferrals', { year })}
            table={c.icacReferrals}
            labelOf={(key) => listLabel(t, 'referral', key)}
          />
        </div>
      </TeamPart>
    </>
  );
}
