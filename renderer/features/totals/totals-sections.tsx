import { Fragment, useId, type ReactNode } from 'react';
import {
  REPORT_PARTS,
  rowLabel,
  shownFigures,
  tableSpec,
  type PartKey,
  type ReportPart,
  type ReportTableKey,
} from '../../../shared/domain/report-layout';
import type { YearComparison } from '../../../shared/domain/totals';
import { useI18n } from '../../lib/i18n';
import { useNumbers } from '../../lib/numbers';
import { AgeSexCard } from './age-sex-card';
import { FigureTiles } from './headline-figures';
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

interface Slots {
  /** Shown after a part (the data-quality panel after the headline figures). */
  after?: Partial<Record<PartKey, ReactNode>>;
  /** Shown inside a table's card (the spending form under the spending table). */
  inside?: Partial<Record<ReportTableKey, ReactNode>>;
}

/** One table of the layout as a card: its rows labelled, its formula, its chart when the layout draws one. */
function LayoutTable({
  comparison,
  name,
  level,
  children,
}: {
  comparison: YearComparison;
  name: ReportTableKey;
  level: 4 | 5;
  children?: ReactNode;
}) {
  const { t, language, localText } = useI18n();
  const numbers = useNumbers();
  const c = comparison.current;
  const spec = tableSpec(name);
  const formula = t(spec.formula, { year: c.year });
  if (name === 'victimsByAgeSex') return <AgeSexCard rows={c.victimsByAgeSex} formula={formula} />;
  return (
    <TableCard
      chart={spec.chart}
      level={level}
      title={t(spec.title)}
      formula={formula}
      table={c[name]}
      labelOf={(key) => localText(rowLabel(name, key, language))}
      {...(spec.money ? { format: numbers.usd, valueLabel: t('totals.amount') } : {})}
      {...(name === 'spending' && c.spending.notEntered.length > 0
        ? { notKnown: c.spending.notEntered, totalLabel: t('totals.spending.totalEntered') }
        : {})}
    >
      {children}
    </TableCard>
  );
}

function PartBody({ comparison, part, slots }: { comparison: YearComparison; part: ReportPart; slots: Slots }) {
  const level = part.level === 3 ? 4 : 5;
  const figures = shownFigures(part);
  return (
    <>
      {figures.length > 0 ? <FigureTiles comparison={comparison} figures={figures} level={level} /> : null}
      {part.tables.length > 0 ? (
        <div className="cards">
          {part.tables.map((name) => (
            <LayoutTable key={name} comparison={comparison} name={name} level={level}>
              {slots.inside?.[name]}
            </LayoutTable>
          ))}
        </div>
      ) : null}
    </>
  );
}

/**
 * The report's parts as the Totals screen shows them, from the report layout: its figures as
 * tiles, its tables as cards, a team's part inside "Work of the teams".
 */
export function ReportSections({ comparison, slots = {} }: { comparison: YearComparison; slots?: Slots }) {
  const { t } = useI18n();
  const top = REPORT_PARTS.filter((p) => p.level === 3);
  const inside = (index: number) => {
    const next = REPORT_PARTS.slice(index + 1);
    const end = next.findIndex((p) => p.level === 3);
    return end === -1 ? next : next.slice(0, end);
  };
  return (
    <>
      {top.map((part) => (
        <Fragment key={part.key}>
          <Section title={t(part.title)}>
            <PartBody comparison={comparison} part={part} slots={slots} />
            {inside(REPORT_PARTS.indexOf(part)).map((team) => (
              <TeamPart key={team.key} title={t(team.title)}>
                <PartBody comparison={comparison} part={team} slots={slots} />
              </TeamPart>
            ))}
          </Section>
          {slots.after?.[part.key]}
        </Fragment>
      ))}
    </>
  );
}
