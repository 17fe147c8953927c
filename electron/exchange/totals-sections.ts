import { SEXES } from '../../shared/domain/lists';
import {
  COMPARED_KEYS,
  shown,
  TABLE_KEYS,
  type Cell,
  type ComparedKey,
  type DerivedCell,
  type PublishedTotals,
  type TableKey,
} from '../../shared/domain/suppression';
import type { Language } from '../../shared/i18n/translate';
import { headlineLabel, label, rowLabel } from './labels';

/** One labelled value; `formula` says how a headline figure is counted. */
export interface Entry {
  key: string;
  label: string;
  cell: Cell | DerivedCell;
  formula?: string;
}

export interface SectionTable {
  key: TableKey | 'spending';
  title: string;
  sheet: string;
  rows: Entry[];
  total: Entry;
}

export interface AgeSexSection {
  title: string;
  sheet: string;
  sexes: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Cell[]; total: Cell }[];
  totals: Cell[];
  total: Cell;
}

export interface ComparisonSection {
  title: string;
  previousYear: number;
  formula: string;
  rows: { key: ComparedKey; label: string; previous: Cell; current: Cell; change: DerivedCell }[];
}

/** Published totals with every label in one language: what the three writers lay out. */
export interface TotalsSections {
  year: number;
  threshold: number | null;
  language: Language;
  title: string;
  /** What suppression was applied, in words, for the top of every file. */
  note: string;
  headline: Entry[];
  tables: SectionTable[];
  ageSex: AgeSexSection;
  comparison?: ComparisonSection;
}

/** How a cell is printed: the number, `<threshold` when hidden, nothing when not applicable. */
export function display(cell: Cell | DerivedCell, threshold: number | null): number | string {
  if (cell.suppressed) return `<${threshold ?? ''}`;
  return cell.value ?? '';
}

const HEADLINE_ORDER = [
  'investigations',
  'investigationsWithArrest',
  'suspectsArrested',
  'arrestRate',
  'arrestShare',
  'childHomicides',
  'suspiciousDeaths',
  'provincesWithInvestigations',
  'victims',
  'victimsSupported',
  'familyMembersSupported',
  'courtAccompaniments',
  'bereavedFamiliesSupported',
  'exhibits',
  'devicesSeized',
  'forensicExams',
  'victimsIdentified',
  'spending',
] as const;

function headline(p: PublishedTotals, language: Language): Entry[] {
  return HEADLINE_ORDER.map((key) => {
    let formula = label(language, `totals.formula.${key}`, { year: p.year });
    let cell: Cell | DerivedCell;
    if (key === 'arrestRate') {
      cell = p.arrestRate;
      const { suspectsArrested: a, investigations: n } = p.headline;
      if (!a.suppressed && !n.suppressed && n.value > 0) formula += `: ${a.value} / ${n.value} × 100`;
    } else if (key === 'arrestShare') {
      cell = p.arrestShare;
      const { investigationsWithArrest: a, investigations: n } = p.headline;
      if (!a.suppressed && !n.suppressed && n.value > 0) formula += `: ${a.value} / ${n.value} × 100`;
    } else if (key === 'provincesWithInvestigations') cell = shown(p.provincesWithInvestigations);
    else if (key === 'spending') cell = shown(p.spending.total);
    else cell = p.headline[key];
    return { key, label: headlineLabel(language, key), cell, formula };
  });
}

function tables(p: PublishedTotals, language: Language): SectionTable[] {
  const total = (cell: Cell): Entry => ({ key: 'total', label: label(language, 'export.total'), cell });
  const oneWay = TABLE_KEYS.map((key) => ({
    key,
    title: label(language, `totals.table.${key}`),
    sheet: label(language, `sheet.${key}`),
    rows: p.tables[key].rows.map((r) => ({ key: r.key, label: rowLabel(language, key, r.key), cell: r.cell })),
    total: total(p.tables[key].total),
  }));
  const spending: SectionTable = {
    key: 'spending',
    title: label(language, 'totals.table.spending'),
    sheet: label(language, 'sheet.spending'),
    rows: p.spending.rows.map((r) => ({
      key: r.key,
      label: rowLabel(language, 'spending', r.key),
      cell: shown(r.value),
    })),
    total: total(shown(p.spending.total)),
  };
  return [...oneWay, spending];
}

function ageSex(p: PublishedTotals, language: Language): AgeSexSection {
  const a = p.victimsByAgeSex;
  return {
    title: label(language, 'totals.table.victimsByAgeSex'),
    sheet: label(language, 'sheet.victimsByAgeSex'),
    sexes: SEXES.map((sex) => ({ key: sex, label: label(language, `sex.${sex}`) })),
    rows: a.rows.map((r) => ({
      key: r.band,
      label: r.band,
      cells: SEXES.map((sex) => r.bySex[sex]),
      total: r.total,
    })),
    totals: SEXES.map((sex) => a.bySex[sex]),
    total: a.total,
  };
}

function comparison(p: PublishedTotals, language: Language): ComparisonSection | undefined {
  const c = p.comparison;
  if (!c) return undefined;
  return {
    title: label(language, 'export.comparison', { year: c.previousYear }),
    previousYear: c.previousYear,
    formula: label(language, 'totals.formula.change'),
    rows: COMPARED_KEYS.map((key) => ({ key, label: headlineLabel(language, key), ...c.figures[key] })),
  };
}

/** Labels the published totals once, so CSV, XLSX and JSON say the same thing. */
export function totalsSections(p: PublishedTotals, language: Language): TotalsSections {
  const note =
    p.threshold === null
      ? label(language, 'export.unsuppressed')
      : label(language, 'export.suppressed', { threshold: p.threshold, max: p.threshold - 1 });
  const compared = comparison(p, language);
  return {
    year: p.year,
    threshold: p.threshold,
    language,
    title: label(language, 'export.totals.title', { year: p.year }),
    note,
    headline: headline(p, language),
    tables: tables(p, language),
    ageSex: ageSex(p, language),
    ...(compared ? { comparison: compared } : {}),
  };
}
