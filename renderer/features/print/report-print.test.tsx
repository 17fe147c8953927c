import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/schemas/case';
import { recordOf, summaryOf } from '../../../shared/testing/records';
import { I18nProvider } from '../../lib/i18n';
import { openSettings, reportFor } from '../../test/report';
import { ReportPrint } from './report-print';

/** `count` HIT investigations in `year`, the first `homicides` of them child homicides, `arrests` with an arrest. */
function year(y: number, count: number, homicides: number, arrests: number): CaseRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const homicide = i < homicides;
    const [suspect] = summaryOf('HIT').suspects;
    if (!suspect) throw new Error('the sample has a suspect');
    return recordOf(
      summaryOf('HIT', {
        investigationRef: `CPU-${y}-${String(i + 1).padStart(4, '0')}`,
        dateReported: `${y}-03-14`,
        offenceDate: `${y}-03-10`,
        offences: homicide ? ['child-homicide'] : ['rape-under-15'],
        homicide,
        victims: [{ age: 9, sex: 'female', outcome: homicide ? 'died' : 'injured' }],
        suspects: [
          {
            ...suspect,
            arrested: i < arrests,
            ...(i < arrests
              ? { arrestDate: `${y}-03-12` }
              : { arrestDate: undefined, courtStage: 'not-charged' as const }),
          },
        ],
      }),
    );
  });
}

function renderReport(suppressBelow: number | undefined) {
  // 2021: 12 investigations, 3 child homicides. 2020: 3 investigations, 2 homicides, 2 with an arrest.
  const records = [...year(2021, 12, 3, 9), ...year(2020, 3, 2, 2)];
  render(
    <I18nProvider language="en">
      <ReportPrint report={reportFor(records, openSettings(2021))} suppressBelow={suppressBelow} />
    </I18nProvider>,
  );
}

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
const cellsOf = (name: string) =>
  within(rowOf(name))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the printed annual report with small counts hidden', () => {
  it('hides every small count of both years, in the tables and in the text beside them', () => {
    renderReport(5);
    expect(cellsOf('Child homicides').slice(0, 3)).toEqual(['x', 'x', 'x']);
    // The previous year's small counts and the rate made from them stay hidden too.
    expect(cellsOf('Child victims in investigations')[1]).toBe('x');
    expect(cellsOf('Suspects arrested per 100 investigations')[1]).toBe('x');
    expect(cellsOf('Investigations with an arrest')[1]).toBe('x');
    const sentence = screen.getByText(/^\(this year − previous year\)/).textContent ?? '';
    expect(sentence).toContain('Child homicides: x → x');
    expect(sentence).not.toMatch(/[23] →|→ 3/);
  });

  it('shows every count inside the unit', () => {
    renderReport(undefined);
    expect(cellsOf('Child homicides').slice(0, 3)).toEqual(['3', '2', '50.0%']);
    expect(screen.getByText(/Child homicides: 2 → 3/)).toBeTruthy();
  });
});
