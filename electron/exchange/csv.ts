/** A code to keep exactly as it is when Excel opens the file (`{ code: '09' }`): see `keepAsText`. */
export interface CsvCode {
  code: string;
}

/** A CSV cell: numbers are written as they are; text is guarded and quoted; a code is kept as text. */
export type CsvValue = string | number | null | undefined | CsvCode;

/** Excel reads a file as UTF-8 (and so shows Khmer) only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/** What makes a spreadsheet read a text cell as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A leading apostrophe makes Excel and LibreOffice show text that would start a formula
 * as text, so a narrative such as `=HYPERLINK(...)` cannot run when the file is opened.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * What Excel turns into a number or a date when it opens a CSV: digits alone (however many:
 * past 15 it rounds them), or a short run of digits with dashes, slashes, dots, colons or an
 * exponent (`6-12`, `2025/12`, `1.5`, `1E5`). A summary id (36 characters) is left as it is.
 */
const READ_AS_NUMBER = /^(\d+|(?=.*\d)[\d\s.,:/+\-eE%]{1,20})$/;
const ALL_DIGITS = /^\d+$/;
/** `READ_AS_NUMBER`, with what is too long for its second form (a summary id) asked only of its first. */
const readAsNumber = (code: string) => (code.length > 20 ? ALL_DIGITS.test(code) : READ_AS_NUMBER.test(code));

/**
 * A code as CSV text Excel keeps as it is. Excel opens a CSV by guessing each cell's type, so
 * the province `09` becomes the number 9, an age band `6-12` a date and a long referral id
 * `1.2E+11`; quoting does not stop it. Such a code is written as the formula `="09"`, which
 * Excel shows as the text 09 (the README of the zip says so, and that other programs find the
 * code between the quotes). Any other code is written as text, guarded like all text.
 */
export function keepAsText(code: string): string {
  return readAsNumber(code) ? `="${code}"` : guardFormula(code);
}

/** One field per RFC 4180: quoted when it holds a quote, a comma or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? guardFormula(value)
        : keepAsText(value.code);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** UTF-8 text with a BOM and CRLF line ends, as Excel on Windows expects. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Reads RFC 4180 text back (a leading BOM is skipped): for tests and for checking a file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
