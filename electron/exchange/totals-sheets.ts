import { HIDDEN_MARK } from '../../shared/domain/published-totals';
import { label } from './labels';
import { localTimeText } from './case-time';
import { display, isAgeSex, type AgeSexSection, type SectionTable, type TotalsSections } from './totals-sections';
import { addRow, addSheet, setWidths, type Workbook, type Worksheet } from './xlsx';

/** Title, suppression note and time at the top of every totals sheet. */
function heading(sheet: Worksheet, s: TotalsSections, title: string, now: Date): void {
  addRow(sheet, [title], { bold: true, size: 14 });
  addRow(sheet, [s.note]);
  addRow(sheet, [label(s.language, 'export.generatedAt', { at: localTimeText(now.toISOString()) })]);
  addRow(sheet, []);
}

/** Hidden cells are text (the hidden mark): align them with the numbers they stand for. */
function valueRow(sheet: Worksheet, values: (string | number)[], bold = false, numFmt?: string) {
  const row = addRow(sheet, values, { bold });
  row.eachCell((cell) => {
    if (cell.value === HIDDEN_MARK) cell.alignment = { horizontal: 'right' };
    else if (typeof cell.value === 'number' && numFmt) cell.numFmt = numFmt;
  });
  return row;
}

function tableRows(sheet: Worksheet, table: SectionTable, s: TotalsSections): void {
  const money = table.money ? '#,##0' : undefined;
  const value = label(s.language, money ? 'export.usd' : 'export.value');
  addRow(sheet, [label(s.language, 'export.code'), label(s.language, 'export.label'), value], { bold: true });
  for (const r of table.rows) valueRow(sheet, [r.key, r.label, display(r.cell)], false, money);
  valueRow(sheet, ['total', table.total.label, display(table.total.cell)], true, money);
}

function ageSexRows(sheet: Worksheet, a: AgeSexSection, s: TotalsSections): void {
  const total = label(s.language, 'export.total');
  addRow(sheet, [label(s.language, 'export.band'), ...a.sexes.map((x) => x.label), total], { bold: true });
  for (const r of a.rows) valueRow(sheet, [r.label, ...[...r.cells, r.total].map(display)]);
  valueRow(sheet, [total, ...[...a.totals, a.total].map(display)], true);
}

/**
 * The first sheet: headline figures, each with how it is counted (as text, so the sheet
 * states the formula without recomputing from hidden cells), and the comparison with the
 * previous year. With `withTables`, every table follows on the same sheet.
 */
export function addTotalsSheet(workbook: Workbook, s: TotalsSections, now: Date, withTables = false): Worksheet {
  const sheet = addSheet(workbook, label(s.language, 'sheet.totals'));
  const l = (key: string, params: Record<string, string | number> = {}) => label(s.language, key, params);
  setWidths(sheet, [28, 48, 14, 14, 18]);
  heading(sheet, s, s.title, now);
  addRow(sheet, [l('export.code'), l('export.figure'), l('export.value'), l('export.formula')], { bold: true });
  for (const e of s.headline) {
    const fmt = e.kind === 'percent' ? '0.0' : e.kind === 'usd' ? '#,##0' : undefined;
    valueRow(sheet, [e.key, e.label, display(e.cell), e.formula ?? ''], false, fmt);
  }
  const c = s.comparison;
  if (c) {
    addRow(sheet, []);
    addRow(sheet, [c.title], { bold: true });
    addRow(
      sheet,
      [
        l('export.code'),
        l('export.figure'),
        String(c.previousYear),
        String(s.year),
        l('export.change', { year: c.previousYear }),
      ],
      { bold: true },
    );
    for (const r of c.rows) {
      const cells = [r.previous, r.current, r.change].map(display);
      valueRow(sheet, [r.key, r.label, ...cells]);
    }
    addRow(sheet, ['', c.formula]);
  }
  if (withTables) {
    for (const table of s.ordered) {
      addRow(sheet, []);
      addRow(sheet, [table.title], { bold: true });
      if (isAgeSex(table)) ageSexRows(sheet, table, s);
      else tableRows(sheet, table, s);
    }
  }
  return sheet;
}

/** One sheet per table, in the report layout's order, after the Totals sheet. */
export function addTableSheets(workbook: Workbook, s: TotalsSections, now: Date): void {
  for (const table of s.ordered) {
    const sheet = addSheet(workbook, table.sheet);
    heading(sheet, s, `${table.title}, ${s.year}`, now);
    if (isAgeSex(table)) {
      setWidths(sheet, [16, 14, 14, 14]);
      ageSexRows(sheet, table, s);
    } else {
      setWidths(sheet, [24, 56, 14]);
      tableRows(sheet, table, s);
    }
  }
}
