import type { MessageKey } from '../i18n/en';
import type { Language } from '../i18n/translate';
import { optionLabel } from './display';
import { AGE_BANDS, SEXES } from './lists';
import { provinceName } from './provinces';
import {
  shown,
  type Cell,
  type ComparedKey,
  type DerivedCell,
  type HeadlineKey,
  type PublishedTotals,
  type TableKey,
} from './published-totals';

/**
 * The annual report's layout, once: which figures and tables it states, in which order and
 * parts, under which labels (message keys), with which formula, and how each table's rows are
 * named. The Totals screen, the printed report and every totals file (CSV, XLSX, JSON) render
 * from it, so a figure cannot read one way on screen and another on paper.
 */

/** Every single figure of the report. */
export type FigureKey = HeadlineKey | 'arrestRate' | 'arrestShare' | 'provincesWithInvestigations' | 'spending';

export interface FigureSpec {
  key: FigureKey;
  /** How its value is written: a count, a share with one decimal, a number of provinces, dollars. */
  kind: 'count' | 'percent' | 'number' | 'usd';
  label: MessageKey;
  /** How it is counted; takes `{year}`. */
  formula: MessageKey;
  /** Compared with the previous year, with the change in percent. */
  compared?: boolean;
  /** A share worked out as numerator / denominator × 100 (both figures of the report). */
  ratio?: { numerator: HeadlineKey; denominator: HeadlineKey };
  /** A line under the value (e.g. "of 25" provinces). */
  note?: MessageKey;
  /** Stated beside this figure on screen (the share beside its count). */
  beside?: FigureKey;
  /** The total of this table: where the table is shown, its total row states the figure. */
  totalOf?: 'spending';
}

/** Every table of the report; `victimsByAgeSex` is the two-way one. */
export type ReportTableKey = TableKey | 'spending' | 'victimsByAgeSex';

/** The catalogue list a table's row keys are labelled from (`<list>.<key>`), or provinces / age bands. */
export type RowList = 'province' | 'offence' | 'relationship' | 'court' | 'team' | 'service' | 'exam' | 'referral';

export interface TableSpec {
  key: ReportTableKey;
  title: MessageKey;
  /** How it is counted; takes `{year}`. */
  formula: MessageKey;
  /** The XLSX sheet's name. */
  sheet: MessageKey;
  rows: RowList | 'ageSex';
  /** Drawn as a bar chart beside its numbers (screen and print). */
  chart: boolean;
  /** Dollars, not counts. */
  money?: boolean;
}

export type PartKey = 'headline' | 'investigations' | 'teams' | 'ova' | 'fst' | 'icac' | 'spending';

export interface ReportPart {
  key: PartKey;
  title: MessageKey;
  /** 3 for the report's parts, 4 for a team inside "Work of the teams". */
  level: 3 | 4;
  figures: readonly FigureKey[];
  tables: readonly ReportTableKey[];
}

const figure = (key: FigureKey, kind: FigureSpec['kind'], more: Partial<FigureSpec> = {}): FigureSpec => ({
  key,
  kind,
  label: `totals.${key}`,
  formula: `totals.formula.${key}`,
  ...more,
});

/** The figures, in the report's order. */
export const FIGURES: readonly FigureSpec[] = [
  figure('investigations', 'count', { compared: true }),
  figure('suspectsArrested', 'count', { compared: true }),
  figure('childHomicides', 'count', { compared: true }),
  figure('suspiciousDeaths', 'count', { compared: true }),
  figure('arrestRate', 'percent', { ratio: { numerator: 'suspectsArrested', denominator: 'investigations' } }),
  figure('investigationsWithArrest', 'count'),
  figure('arrestShare', 'percent', {
    ratio: { numerator: 'investigationsWithArrest', denominator: 'investigations' },
    beside: 'investigationsWithArrest',
  }),
  figure('provincesWithInvestigations', 'number', { note: 'totals.provinces.of' }),
  figure('victims', 'count'),
  figure('victimsSupported', 'count'),
  figure('familyMembersSupported', 'count'),
  figure('courtAccompaniments', 'count'),
  figure('bereavedFamiliesSupported', 'count'),
  figure('exhibits', 'count'),
  figure('devicesSeized', 'count'),
  figure('forensicExams', 'count'),
  figure('victimsIdentified', 'count'),
  figure('spending', 'usd', { totalOf: 'spending' }),
];

const table = (key: ReportTableKey, rows: TableSpec['rows'], chart: boolean, money = false): TableSpec => ({
  key,
  title: `totals.table.${key}`,
  formula: `totals.formula.${key}`,
  sheet: `sheet.${key}`,
  rows,
  chart,
  ...(money ? { money } : {}),
});

/** The tables, in the report's order. */
export const TABLES: readonly TableSpec[] = [
  table('byProvince', 'province', true),
  table('byOffence', 'offence', true),
  table('relationships', 'relationship', true),
  table('victimsByAgeSex', 'ageSex', true),
  table('courtStages', 'court', true),
  table('investigationsByLeadTeam', 'team', false),
  table('summariesByTeam', 'team', true),
  table('services', 'service', true),
  table('examinations', 'exam', false),
  table('icacReferrals', 'referral', false),
  table('spending', 'team', true, true),
];

/** The parts of the report, in order, each with its figures and tables (every one exactly once). */
export const REPORT_PARTS: readonly ReportPart[] = [
  {
    key: 'headline',
    title: 'totals.section.headline',
    level: 3,
    figures: [
      'investigations',
      'suspectsArrested',
      'childHomicides',
      'suspiciousDeaths',
      'arrestRate',
      'investigationsWithArrest',
      'arrestShare',
      'provincesWithInvestigations',
      'victims',
    ],
    tables: [],
  },
  {
    key: 'investigations',
    title: 'totals.section.investigations',
    level: 3,
    figures: [],
    tables: ['byProvince', 'byOffence', 'relationships', 'victimsByAgeSex', 'courtStages', 'investigationsByLeadTeam'],
  },
  { key: 'teams', title: 'totals.section.teams', level: 3, figures: [], tables: ['summariesByTeam'] },
  {
    key: 'ova',
    title: 'totals.team.ova',
    level: 4,
    figures: ['victimsSupported', 'familyMembersSupported', 'courtAccompaniments', 'bereavedFamiliesSupported'],
    tables: ['services'],
  },
  { key: 'fst', title: 'totals.team.fst', level: 4, figures: ['exhibits'], tables: ['examinations'] },
  {
    key: 'icac',
    title: 'totals.team.icac',
    level: 4,
    figures: ['devicesSeized', 'forensicExams', 'victimsIdentified'],
    tables: ['icacReferrals'],
  },
  { key: 'spending', title: 'totals.section.spending', level: 3, figures: ['spending'], tables: ['spending'] },
];

export const figureSpec = (key: FigureKey): FigureSpec => FIGURES.find((f) => f.key === key) as FigureSpec;
export const tableSpec = (key: ReportTableKey): TableSpec => TABLES.find((t) => t.key === key) as TableSpec;

/** A part's figures as a layout shows them beside its tables: a table's total is not stated twice. */
export const shownFigures = (part: ReportPart): FigureSpec[] =>
  part.figures.map(figureSpec).filter((f) => !f.totalOf || !part.tables.includes(f.totalOf));

export const isCompared = (key: FigureKey): key is ComparedKey => figureSpec(key).compared === true;

/** A table row's label in the officer's language: province names, list labels, age bands. */
export function rowLabel(table: ReportTableKey, key: string, language: Language): string {
  const rows = tableSpec(table).rows;
  if (rows === 'province') return provinceName(key, language);
  if (rows === 'ageSex') return optionLabel('totals.band', key, language);
  return optionLabel(rows, key, language);
}

/** The age bands and sexes of the two-way table, in order. */
export const AGE_SEX = { bands: AGE_BANDS.map((b) => b.code), sexes: SEXES } as const;

/** A figure's published value: a count (maybe hidden), a share, the number of provinces, dollars. */
export function publishedFigure(p: PublishedTotals, key: FigureKey): Cell | DerivedCell {
  if (key === 'arrestRate' || key === 'arrestShare') return p[key];
  if (key === 'provincesWithInvestigations') return shown(p.provincesWithInvestigations);
  if (key === 'spending') return shown(p.spending.total);
  return p.headline[key];
}

/** The counts behind a share, when both are shown and there is something to divide by. */
export function ratioParts(p: PublishedTotals, key: FigureKey): { numerator: number; denominator: number } | null {
  const ratio = figureSpec(key).ratio;
  if (!ratio) return null;
  const a = p.headline[ratio.numerator];
  const n = p.headline[ratio.denominator];
  if (a.suppressed || n.suppressed || n.value === 0) return null;
  return { numerator: a.value, denominator: n.value };
}
