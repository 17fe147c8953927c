import type { Language } from '../../shared/i18n/translate';
import type { CaseTable } from './case-tables';
import { localTimeText } from './case-time';
import { label } from './labels';

/** Which file a README describes: the CSV zip or the workbook. */
export type CaseFileForm = 'csv' | 'xlsx';

/** The README's opening paragraphs in the chosen language: what the files are and how to read them. */
export function readmeIntro(form: CaseFileForm, year: number, language: Language, now: Date): string[] {
  const say = (key: string, params: Record<string, string | number> = {}) =>
    label(language, `caseFiles.readme.${key}`, params);
  const suffix = form === 'csv' ? 'Csv' : 'Xlsx';
  return [
    say('title', { year }),
    say('madeAt', { at: localTimeText(now.toISOString()) }),
    say('confidential'),
    say(`headers${suffix}`),
    say('keys'),
    say(`codes${suffix}`),
    say(`dates${suffix}`),
  ];
}

/** The letters of a spreadsheet column: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * README.txt of the CSV zip: the opening paragraphs, then for each file every column's name,
 * code and meaning, in the chosen language. CRLF line ends and a BOM, as the CSV files have.
 */
export function readmeText(tables: readonly CaseTable[], year: number, language: Language, now: Date): string {
  const lines = readmeIntro('csv', year, language, now).flatMap((paragraph) => [paragraph, '']);
  lines.push(label(language, 'caseFiles.readme.columns'), '');
  for (const table of tables) {
    lines.push(`${table.name}.csv: ${table.title}`);
    for (const column of table.columns) lines.push(`  ${column.header} (${column.code}): ${column.about}`);
    lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}`;
}
