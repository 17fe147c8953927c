import {
  AGE_SEX,
  figureSpec,
  FIGURES,
  publishedFigure,
  ratioParts,
  rowLabel,
  TABLES,
  tableSpec,
  type FigureSpec,
  type ReportTableKey,
} from '../../shared/domain/report-layout';
import {
  COMPARED_KEYS,
  HIDDEN_MARK,
  shown,
  type Cell,
  type ComparedKey,
  type DerivedCell,
  type PublishedTotals,
} from '../../shared/domain/published-totals';
import type { Language } from '../../shared/i18n/translate';
import { toLatinDigits } from '../../shared/domain/numerals';
import { label } from './labels';

/** One labelled value; `formula` says how a headline figure is counted. */
export interface Entry {
  key: string;
  label: string;
  cell: Cell | DerivedCell;
  formula?: string;
  /** How the value is written (headline figures only): a count, a share, a number, dollars. */
  kind?: FigureSpec['kind'];
}

export interface SectionTable {
  key: Exclude<ReportTableKey, 'victimsByAgeSex'>;
  title: string;
  sheet: string;
  money: boolean;
  rows: Entry[];
  total: Entry;
}

export interface AgeSexSection {
  key: 'victimsByAgeSex';
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
  /** Every figure of the report layout, in its order. */
  headline: Entry[];
  /** The one-way tables (spending among them), in the layout's order. */
  tables: SectionTable[];
  ageSex: AgeSexSection;
  /** Every table, the two-way one in its place: the layout's order. */
  ordered: (SectionTable | AgeSexSection)[];
  comparison?: ComparisonSection;
}

export const isAgeSex = (t: SectionTable | AgeSexSection): t is AgeSexSection => t.key === 'victimsByAgeSex';

/** How a cell is printed: the number, the hidden mark when hidden, nothing when not applicable. */
export function display(cell: Cell | DerivedCell): number | string {
  if (cell.suppressed) return HIDDEN_MARK;
  return cell.value ?? '';
}

function headline(p: PublishedTotals, language: Language): Entry[] {
  return FIGURES.map((f) => {
    let formula = label(language, f.formula, { year: p.year });
    const parts = ratioParts(p, f.key);
    if (parts) formula += `: ${parts.numerator} / ${parts.denominator} × 100`;
    return { key: f.key, label: label(language, f.label), cell: publishedFigure(p, f.key), formula, kind: f.kind };
  });
}

function oneWay(p: PublishedTotals, language: Language, key: SectionTable['key']): SectionTable {
  const spec = tableSpec(key);
  const total = (cell: Cell): Entry => ({ key: 'total', label: label(language, 'export.total'), cell });
  const title = label(language, spec.title);
  const sheet = label(language, spec.sheet);
  if (key === 'spending') {
    return {
      key,
      title,
      sheet,
      money: true,
      // A team whose spending was not entered is left empty (not known), never written as 0.
      rows: p.spending.rows.map((r) => ({
        key: r.key,
        label: toLatinDigits(rowLabel(key, r.key, language)),
        cell: shown(r.value),
      })),
      total: {
        key: 'total',
        label: label(language, p.spending.complete ? 'export.total' : 'export.total.entered'),
        cell: shown(p.spending.total),
      },
    };
  }
  return {
    key,
    title,
    sheet,
    money: false,
    rows: p.tables[key].rows.map((r) => ({
      key: r.key,
      label: toLatinDigits(rowLabel(key, r.key, language)),
      cell: r.cell,
    })),
    total: total(p.tables[key].total),
  };
}

function ageSex(p: PublishedTotals, language: Language): AgeSexSection {
  const a = p.victimsByAgeSex;
  return {
    key: 'victimsByAgeSex',
    title: label(language, 'totals.table.victimsByAgeSex'),
    sheet: label(language, 'sheet.victimsByAgeSex'),
    sexes: AGE_SEX.sexes.map((sex) => ({ key: sex, label: label(language, `sex.${sex}`) })),
    rows: a.rows.map((r) => ({
      key: r.band,
      label: toLatinDigits(rowLabel('victimsByAgeSex', r.band, language)),
      cells: AGE_SEX.sexes.map((sex) => r.bySex[sex]),
      total: r.total,
    })),
    totals: AGE_SEX.sexes.map((sex) => a.bySex[sex]),
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
    rows: COMPARED_KEYS.map((key) => ({ key, label: label(language, figureSpec(key).label), ...c.figures[key] })),
  };
}

/** Labels the published totals once, in the report layout's order, so CSV, XLSX and JSON say the same thing. */
export function totalsSections(p: PublishedTotals, language: Language): TotalsSections {
  const note =
    p.threshold === null
      ? label(language, 'export.unsuppressed')
      : label(language, 'export.suppressed', { min: 1, max: p.threshold - 1 });
  const compared = comparison(p, language);
  const twoWay = ageSex(p, language);
  const ordered = TABLES.map((t) => (t.key === 'victimsByAgeSex' ? twoWay : oneWay(p, language, t.key)));
  return {
    year: p.year,
    threshold: p.threshold,
    language,
    title: label(language, 'export.totals.title', { year: p.year }),
    note,
    headline: headline(p, language),
    tables: ordered.filter((t): t is SectionTable => !isAgeSex(t)),
    ageSex: twoWay,
    ordered,
    ...(compared ? { comparison: compared } : {}),
  };
}
