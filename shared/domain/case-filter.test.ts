import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../schemas/case';
import {
  filterRows as filterWithText,
  normalizeForSearch,
  searchTextOf,
  sortRows,
  type CaseFilter,
} from './case-filter';
import { NO_PROVINCE } from './provinces';

/** Rows do not carry the narrative; main matches it from its own cache, as `textOf` does here. */
const narratives = new WeakMap<CaseRow, string>();
const filterRows = (rows: readonly CaseRow[], filter: CaseFilter) =>
  filterWithText(rows, filter, (r) => searchTextOf(r, narratives.get(r)));

let n = 0;
function row({ narrative = 'Facts only.', ...over }: Partial<CaseRow> & { narrative?: string } = {}): CaseRow {
  n += 1;
  const made: CaseRow = {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseCode: `HIT-2025-${String(n).padStart(4, '0')}`,
    revision: 1,
    team: 'HIT',
    investigationRef: `CPU-2025-${n}`,
    dateReported: '2025-03-14',
    district: 'Rolea B’ier',
    offences: ['rape-under-15'],
    status: 'open',
    updatedAt: '2025-03-14T08:00:00.000Z',
    updatedBy: 'Sokha',
    ...over,
  };
  narratives.set(made, narrative);
  return made;
}

const codes = (rows: CaseRow[]) => rows.map((r) => r.caseCode);

describe('filterRows', () => {
  it('lets everything through with no filter set', () => {
    const rows = [row(), row()];
    expect(filterRows(rows, {})).toEqual(rows);
    expect(filterRows(rows, { search: '   ' })).toEqual(rows);
  });

  it('filters by team, province, status and offence together', () => {
    const a = row({ team: 'OVA', province: '04', status: 'closed', offences: ['trafficking', 'other'] });
    const b = row({ team: 'OVA', province: '04', status: 'open', offences: ['trafficking'] });
    const c = row({ team: 'HIT', province: '04', status: 'closed', offences: ['trafficking'] });
    const d = row({ team: 'OVA', status: 'closed', offences: ['trafficking'] });
    const rows = [a, b, c, d];
    expect(filterRows(rows, { team: 'OVA' })).toEqual([a, b, d]);
    expect(filterRows(rows, { province: '04' })).toEqual([a, b, c]);
    // "Province not recorded" finds the summaries without one.
    expect(filterRows(rows, { province: NO_PROVINCE })).toEqual([d]);
    expect(filterRows(rows, { offence: 'other' })).toEqual([a]);
    expect(filterRows(rows, { team: 'OVA', province: '04', status: 'closed', offence: 'trafficking' })).toEqual([a]);
  });

  it('finds a Khmer word inside running Khmer text (no spaces between words)', () => {
    const k = row({ narrative: 'ការរំលោភបំពានលើកុមារ', offences: ['other'] });
    const rows = [row({ offences: ['other'] }), k];
    expect(filterRows(rows, { search: 'រំលោភ' })).toEqual([k]);
    expect(filterRows(rows, { search: 'បំពានលើ' })).toEqual([k]);
    expect(filterRows(rows, { search: 'ឃាតកម្ម' })).toEqual([]);
  });

  it('finds provinces and offences by name in English and Khmer, not only by code', () => {
    const kandal = row({ province: '08', offences: ['online-grooming'] });
    const phnomPenh = row({ province: '12', offences: ['trafficking'] });
    const rows = [kandal, phnomPenh, row()];
    expect(filterRows(rows, { search: 'Kandal' })).toEqual([kandal]);
    expect(filterRows(rows, { search: 'កណ្ដាល' })).toEqual([kandal]);
    expect(filterRows(rows, { search: 'phnom penh' })).toEqual([phnomPenh]);
    expect(filterRows(rows, { search: 'grooming / entice' })).toEqual([kandal]);
    expect(filterRows(rows, { search: 'trafficking' })).toEqual([phnomPenh]);
    expect(filterRows(rows, { search: 'ជួញដូរ' })).toEqual([phnomPenh]);
  });

  it('ignores zero-width word breaks in either the text or the query', () => {
    const k = row({ narrative: 'ការ\u200bរំលោភ\u200bបំពាន' });
    expect(filterRows([k], { search: 'ការរំលោភ' })).toEqual([k]);
    expect(filterRows([row({ narrative: 'ការរំលោភ' })], { search: 'ការ\u200bរំ' })).toHaveLength(1);
  });

  it('takes subscript ត and subscript ដ, drawn alike, as one letter both ways', () => {
    const kandal = row({ province: '08' });
    const narrative = row({ narrative: 'តុលាការផ្តន្ទាទោសជនល្មើស' });
    const rows = [kandal, narrative, row()];
    // The app's list spells Kandal with ្ដ; officers type either.
    expect(filterRows(rows, { search: 'កណ្តាល' })).toEqual([kandal]);
    expect(filterRows(rows, { search: 'ផ្ដន្ទាទោស' })).toEqual([narrative]);
    expect(filterRows(rows, { search: 'ផ្តន្ទាទោស' })).toEqual([narrative]);
  });

  it('is case-insensitive and matches any part of code, reference, district, narrative, saved by', () => {
    const a = row({ caseCode: 'ICAC-2025-0042', investigationRef: 'CPU-2025-ABC' });
    const b = row({ district: 'Kampong Tralach', updatedBy: 'Dara Chan' });
    const rows = [a, b];
    expect(filterRows(rows, { search: 'icac-2025' })).toEqual([a]);
    expect(filterRows(rows, { search: '25-abc' })).toEqual([a]);
    expect(filterRows(rows, { search: 'TRALACH' })).toEqual([b]);
    expect(filterRows(rows, { search: 'chan' })).toEqual([b]);
    expect(filterRows(rows, { search: '  dara ' })).toEqual([b]);
  });

  it('does not match across two fields', () => {
    const a = row({ caseCode: 'HIT-2025-0001', investigationRef: 'XYZ-1', district: 'Takhmao' });
    expect(filterRows([a], { search: '0001xyz' })).toEqual([]);
  });

  it('matches Khmer digits against Latin digits both ways', () => {
    const a = row({ investigationRef: 'CPU-2025-014' });
    const b = row({ narrative: 'កុមារអាយុ ១២ ឆ្នាំ' });
    expect(filterRows([a, b], { search: '២០២៥-០១៤' })).toEqual([a]);
    expect(filterRows([a, b], { search: '12' })).toEqual([b]);
  });

  it('compares after NFC normalisation', () => {
    const composed = row({ district: 'Phnom Penh Caf\u00e9' });
    expect(filterRows([composed], { search: 'cafe\u0301' })).toEqual([composed]);
    const decomposed = row({ narrative: 'cafe\u0301' });
    expect(filterRows([decomposed], { search: 'caf\u00e9' })).toEqual([decomposed]);
    expect(normalizeForSearch('ABC ០៩')).toBe('abc 09');
  });

  // Its speed at 30,000 rows is measured by `npm run bench`, never timed here.
  it('finds the right rows among 30,000', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      row({ narrative: `សង្ខេបករណី ${i} ការរំលោភបំពានលើកុមារ facts only`, district: `District ${i}` }),
    );
    expect(filterRows(rows, { search: 'district 2999' })).toHaveLength(11);
    expect(filterRows(rows, { search: 'ករណី 29999 ការ' })).toHaveLength(1);
  });
});

describe('sortRows', () => {
  it('sorts case codes numerically, both directions, without changing the input', () => {
    const rows = [
      row({ caseCode: 'HIT-2025-0010' }),
      row({ caseCode: 'HIT-2025-0009' }),
      row({ caseCode: 'HIT-2025-10000' }),
    ];
    const before = codes(rows);
    expect(codes(sortRows(rows, { key: 'caseCode', direction: 'asc' }))).toEqual([
      'HIT-2025-0009',
      'HIT-2025-0010',
      'HIT-2025-10000',
    ]);
    expect(codes(sortRows(rows, { key: 'caseCode', direction: 'desc' }))).toEqual([
      'HIT-2025-10000',
      'HIT-2025-0010',
      'HIT-2025-0009',
    ]);
    expect(codes(rows)).toEqual(before);
  });

  it('sorts dates, and breaks ties by case code', () => {
    const a = row({ caseCode: 'OVA-2025-0002', dateReported: '2025-01-02' });
    const b = row({ caseCode: 'OVA-2025-0001', dateReported: '2025-01-02' });
    const c = row({ caseCode: 'OVA-2025-0003', dateReported: '2025-02-01' });
    expect(sortRows([a, b, c], { key: 'dateReported', direction: 'desc' })).toEqual([c, b, a]);
    expect(sortRows([a, b, c], { key: 'dateReported', direction: 'asc' })).toEqual([b, a, c]);
  });

  it('sorts status in workflow order and province by name, with no province last', () => {
    const closed = row({ status: 'closed' });
    const open = row({ status: 'open' });
    const court = row({ status: 'awaiting-court' });
    expect(sortRows([closed, open, court], { key: 'status', direction: 'asc' })).toEqual([open, court, closed]);

    const kampot = row({ province: '07' });
    const battambang = row({ province: '02' });
    const none = row();
    expect(sortRows([none, kampot, battambang], { key: 'province', direction: 'asc' })).toEqual([
      battambang,
      kampot,
      none,
    ]);
    expect(sortRows([none, kampot, battambang], { key: 'province', direction: 'desc' })).toEqual([
      kampot,
      battambang,
      none,
    ]);
    // In Khmer, by the Khmer names, as the filter lists them: កំពត before បាត់ដំបង.
    expect(sortRows([none, battambang, kampot], { key: 'province', direction: 'asc', language: 'km' })).toEqual([
      kampot,
      battambang,
      none,
    ]);
  });

  it('sorts team, reference and last-saved time', () => {
    const a = row({ team: 'OVA', investigationRef: 'CPU-2', updatedAt: '2025-05-01T00:00:00.000Z' });
    const b = row({ team: 'FST', investigationRef: 'CPU-10', updatedAt: '2025-04-01T00:00:00.000Z' });
    expect(sortRows([a, b], { key: 'team', direction: 'asc' })).toEqual([b, a]);
    expect(sortRows([a, b], { key: 'investigationRef', direction: 'asc' })).toEqual([a, b]);
    expect(sortRows([a, b], { key: 'updatedAt', direction: 'desc' })).toEqual([a, b]);
  });
});
