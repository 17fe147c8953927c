import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { isRealDate, yearOf } from '../../shared/domain/dates';
import { isMessageKey } from '../../shared/i18n/translate';
import { AppFailure } from '../../shared/ipc/result';
import { CaseRecord, caseCodeParts, PcRef, PurgeMarker, Year } from '../../shared/schemas/case';
import type { ImportRefusal } from '../../shared/schemas/exchange';
import { dateYearIssues } from '../../shared/schemas/date-issues';
import { decryptEnvelope, ENCRYPTED_FORMAT, encryptEnvelope } from './envelope';

/** Identifies a yearly data file; the version changes when its meaning changes. */
export const DATA_FILE_FORMAT = 'cpu-case-register/year-data';
export const DATA_FILE_VERSION = 1;

/** The file without its checksum: what the checksum is computed over (as canonical JSON). */
export const DataFileBody = z.strictObject({
  format: z.literal(DATA_FILE_FORMAT),
  formatVersion: z.literal(DATA_FILE_VERSION),
  appVersion: z.string().max(40),
  pc: PcRef,
  exportedAt: z.iso.datetime(),
  year: Year,
  /** Every summary of the year, the bin included, so a deletion travels too. */
  summaries: z.array(CaseRecord),
  /**
   * What is left of every summary purged from the bin (any year), so other PCs purge their copy
   * too and refuse it if it comes back. Left out when there is none, as files made before
   * purging existed have it.
   */
  purged: z.array(PurgeMarker).optional(),
});
export type DataFileBody = z.output<typeof DataFileBody>;

export const DataFile = DataFileBody.extend({
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type DataFile = z.output<typeof DataFile>;

export function checksumOf(body: DataFileBody): string {
  return `sha256:${createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex')}`;
}

/** The text of a yearly data file, encrypted with the passphrase when one is given. */
export function writeDataFile(body: DataFileBody, passphrase?: string): string {
  const file: DataFile = { ...body, checksum: checksumOf(body) };
  const text = JSON.stringify(file);
  return passphrase === undefined ? text : JSON.stringify(encryptEnvelope(text, passphrase));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppFailure('file-not-json', 'The file is not JSON or was cut short.');
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a data file completely before anything may be written: JSON, format and version,
 * checksum, then every record against the schema. Each failure is its own error code so
 * the officer is told exactly what is wrong; none of them changes anything.
 */
export function readDataFile(text: string, passphrase?: string): DataFile {
  // Saved again by a text editor that puts a byte-order mark first: no longer as exported.
  if (text.startsWith('\uFEFF')) {
    throw new AppFailure('file-checksum', 'The data file was saved again by another program after it was exported.');
  }
  let raw = parseJson(text);
  if (isObject(raw) && raw.format === ENCRYPTED_FORMAT) raw = parseJson(decryptEnvelope(raw, passphrase));
  if (!isObject(raw) || raw.format !== DATA_FILE_FORMAT) {
    throw new AppFailure('file-wrong-format', 'This is not a CPU Case Register yearly data file.');
  }
  if (raw.formatVersion !== DATA_FILE_VERSION) {
    throw new AppFailure('file-wrong-version', `Unsupported format version ${String(raw.formatVersion)}.`, {
      version: String(raw.formatVersion),
    });
  }
  const { checksum, ...body } = raw;
  if (typeof checksum !== 'string' || checksum !== checksumOf(body as DataFileBody)) {
    throw new AppFailure('file-checksum', 'The checksum does not match the content.');
  }
  const { summaries: rawSummaries, ...rest } = body;
  const summaries = checkRecords(rawSummaries);
  const header = DataFile.omit({ summaries: true }).safeParse({ ...rest, checksum });
  if (!header.success) {
    const field = header.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new AppFailure('file-wrong-format', `The file header is not valid at ${field}.`);
  }
  return { ...header.data, summaries };
}

/** Names the first broken record by its case code (or position) and the field by its path. */
function checkRecords(summaries: unknown): CaseRecord[] {
  if (!Array.isArray(summaries)) throw new AppFailure('file-wrong-format', 'The file has no list of summaries.');
  const seen = new Set<string>();
  return summaries.map((item: unknown, index) => checkRecord(item, index, seen));
}

/**
 * One summary of a data file (either version), checked against the schema and for a repeat of an
 * id already read; a break names the summary by its case code (or position) and the field.
 * A date "in the future" is another PC's clock running ahead, not damage (as for year files).
 */
export function checkRecord(raw: unknown, index: number, seen: Set<string>): CaseRecord {
  const result = CaseRecord.safeParse(raw);
  const name = isObject(raw) && typeof raw.caseCode === 'string' ? raw.caseCode.slice(0, 40) : `#${index + 1}`;
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || '(record)';
    throw new AppFailure('file-record-invalid', `Summary ${name} breaks the rules at ${field}.`, {
      record: name,
      field,
      detail: issue ? inWords(issue) : 'v.import.invalid',
    });
  }
  if (seen.has(result.data.id)) throw repeatedSummary(name);
  seen.add(result.data.id);
  return result.data;
}

/**
 * What is wrong, as a message of the catalogue: the rule's own (the register's rules say it in
 * the officer's words), or for zod's own checks (a pattern, a bound, a type) what they mean,
 * never zod's wording with its patterns and numbers.
 */
export function inWords(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_format':
    case 'invalid_value':
      return 'v.import.format';
    case 'too_big':
    case 'too_small':
      return 'v.import.range';
    case 'invalid_type':
      return 'v.import.type';
    case 'unrecognized_keys':
      return 'v.import.unknownField';
    default:
      return 'v.import.invalid';
  }
}

/** A summary (named by its case code or position) that a file holds twice. */
export function repeatedSummary(name: string): AppFailure {
  return new AppFailure('file-record-invalid', `Summary ${name} appears twice.`, {
    record: name,
    field: 'id',
    detail: 'v.import.duplicate',
  });
}

/**
 * The first rule of the register that a well-formed summary from another PC breaks, or undefined:
 * its dates lie in years the register lists (so it is never stored where no list can open it),
 * and its case code names its own team and a year it was reported in. A code of another team or
 * year would be found under the wrong team or year by everyone who searches for it.
 */
export function refusalOf(record: CaseRecord, now: Date): ImportRefusal | undefined {
  const [date] = dateYearIssues(record.summary, now);
  if (date) return { path: ['summary', ...date.path].join('.'), message: date.message };
  const code = caseCodeParts(record.caseCode);
  if (code?.team !== record.summary.team) return { path: 'caseCode', message: 'v.import.codeTeam' };
  // Most codes name the report date's year; only the others look through the history for it.
  if (code.year !== yearOf(record.summary.dateReported) && !reportYears(record).has(code.year)) {
    return { path: 'caseCode', message: 'v.import.codeYear' };
  }
  return undefined;
}

/**
 * Every year a summary has been reported in: its report date's, and each one its history records.
 * A summary keeps its code when its report date moves to another year, so that move is no breach.
 */
function reportYears(record: CaseRecord): Set<number> {
  const years = new Set([yearOf(record.summary.dateReported)]);
  for (const entry of record.history) {
    for (const change of entry.changes) {
      if (change.path !== 'dateReported') continue;
      for (const value of [change.from, change.to]) {
        if (typeof value === 'string' && isRealDate(value)) years.add(yearOf(value));
      }
    }
  }
  return years;
}
