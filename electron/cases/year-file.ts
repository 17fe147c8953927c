import { z } from 'zod';
import { CaseRecord } from '../../shared/schemas/case';

/** On-disk shape of one calendar year's summaries (`cases-YYYY.json`). */
export const YEAR_FILE_VERSION = 1;

export const YearFile = z.strictObject({
  formatVersion: z.literal(YEAR_FILE_VERSION),
  summaries: z.array(CaseRecord),
});
export type YearFile = z.output<typeof YearFile>;

export const yearFileName = (year: number) => `cases-${year}`;

export function yearFromFileName(name: string): number | undefined {
  const match = /^cases-(\d{4})$/.exec(name);
  return match ? Number(match[1]) : undefined;
}
