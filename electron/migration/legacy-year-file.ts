import { z } from 'zod';
import { TEAMS } from '../../shared/domain/teams';
import { CaseRecord } from '../../shared/schemas/case';
import { Draft } from '../../shared/schemas/draft';
import { YearSettings } from '../../shared/schemas/year-settings';

/** On-disk shape of one calendar year's summaries (`cases-YYYY.json`) before the case database; read only to migrate. */
export const YEAR_FILE_VERSION = 1;

export const YearFile = z.strictObject({
  formatVersion: z.literal(YEAR_FILE_VERSION),
  summaries: z.array(CaseRecord),
  /**
   * The highest case-code sequence ever issued per team in this year. It keeps a number
   * from being issued twice when a summary moves to another year's file. Optional: files
   * written before it existed are read from their summaries' codes alone.
   */
  lastSequence: z.partialRecord(z.enum(TEAMS), z.number().int().min(0)).optional(),
});
export type YearFile = z.output<typeof YearFile>;

/**
 * Parses a year file as loaded. A date "in the future" is not damage: a PC whose clock runs
 * behind must still open what it saved when the clock was right. Any other issue is.
 */
export function parseYearFile(raw: unknown): YearFile {
  return YearFile.parse(raw);
}

export const yearFileName = (year: number) => `cases-${year}`;

export function yearFromFileName(name: string): number | undefined {
  const match = /^cases-(\d{4})$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** `drafts.json` before the case database. */
export const LegacyDraftsFile = z.strictObject({ formatVersion: z.literal(1), drafts: z.array(Draft) });

/** `years.json` before the case database. */
export const LegacyYearsFile = z.strictObject({ years: z.record(z.string().regex(/^\d{4}$/), YearSettings) });
