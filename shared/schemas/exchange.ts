import { z } from 'zod';
import type { QualityFinding } from '../domain/data-quality';
import type { AppError } from '../ipc/result';
import type { YearComparison } from '../domain/totals';
import type { TEAMS } from '../domain/teams';
import { Uuid } from './fields';
import { Year } from './case';
import type { YearSettings } from './year-settings';

/** The largest data file the app reads (characters of text): well above ten years at the unit's volume. */
export const MAX_IMPORT_CHARS = 200_000_000;

export const Passphrase = z
  .string()
  .min(10, { message: 'v.passphrase.short' })
  .max(200, { message: 'v.passphrase.long' });

export const EXPORT_FORMATS = [
  'year-json',
  'cases-csv',
  'cases-xlsx',
  'totals-csv',
  'totals-xlsx',
  'totals-json',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportRequest = z.strictObject({
  year: Year,
  format: z.enum(EXPORT_FORMATS),
  /** For `year-json`, `cases-csv` and `cases-xlsx`: encrypts the file (the case-level tables as an AES-256 zip). */
  passphrase: Passphrase.optional(),
  /** Only for totals: counts below this (and enough others) are hidden; absent means no suppression. */
  suppressBelow: z.number().int().min(2).max(100).optional(),
});

/** A file for the renderer to hand to the officer: bytes as base64, so both hosts carry it alike. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

export const ImportPreviewRequest = z.strictObject({
  content: z.string().max(MAX_IMPORT_CHARS, { message: 'v.import.tooLarge' }),
  passphrase: Passphrase.optional(),
});

/**
 * How each summary of a file compares with this PC's copy. `purge`: the file's marker purges
 * this PC's copy too (applied with the rest); `purged`: purged on this PC, so the file's copy is
 * not imported again; `refused`: it breaks a rule of the register (its `refusal`), so it is left
 * out and the rest of the file may still be imported.
 */
export const IMPORT_KINDS = ['new', 'identical', 'newer', 'older', 'conflict', 'purge', 'purged', 'refused'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldConflict {
  path: string;
  ours: unknown;
  theirs: unknown;
  /** Which PC changed the field since the copies went separate ways, by their histories. */
  changedBy: 'ours' | 'theirs' | 'both';
}

/**
 * Why a summary of a file is refused: the field it breaks (`caseCode`, `summary.dateReported`,
 * ...) and the rule, as a validation message key (`v.import.codeTeam`, `v.date.year`, ...).
 */
export interface ImportRefusal {
  path: string;
  message: string;
}

export interface ImportItem {
  id: string;
  /** The code the file gives the summary. */
  caseCode: string;
  investigationRef: string;
  team: (typeof TEAMS)[number];
  /** Its report date (this PC's for a `purge`): the year it is listed under. */
  dateReported: string;
  kind: ImportKind;
  /** Only for `conflict`: the fields changed differently on both PCs. */
  conflicts: FieldConflict[];
  /**
   * Only for `new`: a different summary on this PC (or before it in the file) already has this
   * case code (two PCs numbered alike before PC codes existed). Both are kept, this one under
   * `keptAs`, so no code ever names two summaries here.
   */
  codeInUse?: boolean;
  keptAs?: string;
  /** Only for `refused`. */
  refusal?: ImportRefusal;
  /** Only for `newer`: the update moves this PC's copy into the bin, or takes it out. */
  bin?: 'into' | 'out';
}

export interface ImportPreview {
  token: string;
  source: { pcId: string; pcName: string; exportedAt: string; appVersion: string; year: number };
  counts: Record<ImportKind, number>;
  items: ImportItem[];
  /** The years that applying would write summaries into or purge them from, oldest first. */
  years: number[];
}

export const Resolution = z.enum(['ours', 'theirs']);
export const ImportApplyRequest = z.strictObject({
  token: Uuid,
  /** For every conflicting summary, for every conflicting field path: whose value to keep. */
  resolutions: z.record(Uuid, z.record(z.string().max(200), Resolution)),
});

export interface ImportResult {
  written: number;
  years: number[];
}

export interface TotalsReport {
  comparison: YearComparison;
  quality: QualityFinding[];
  settings: YearSettings;
}

export const CasesByIdsRequest = z.strictObject({ ids: z.array(Uuid).max(200_000) });

/**
 * The yearly data file (format version 2) goes to and from a path in main, never through the
 * page as bytes: Electron asks where with its own dialog; the browser shell serves it as a
 * download (`download`, a one-time address) and takes an import as an upload.
 */
export const YearFileExportRequest = z.strictObject({
  year: Year,
  /** Absent only when the officer deliberately chose a plain file. */
  passphrase: Passphrase.optional(),
});

export interface YearFileExport {
  /** The running export, or null when the officer closed the save dialog. */
  job: string | null;
  fileName: string;
  /** Browser shell only: the one-time address the page downloads the file from. */
  download?: string;
}

/** A file chosen for import (Electron's open dialog, or an upload to the browser shell). */
export interface ChosenFile {
  file: string;
  fileName: string;
  /** Whether it asks for a passphrase (a protected file of either version). */
  protected: boolean;
}

export const ImportFileRequest = z.strictObject({ file: Uuid, passphrase: Passphrase.optional() });
export const JobRequest = z.strictObject({ job: Uuid });

export interface JobStatus {
  job: string;
  kind: 'export' | 'import';
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Summaries written or read so far, of `total`. */
  done: number;
  total: number;
  error?: AppError;
  /** An import's preview, once the whole file has been checked. */
  preview?: ImportPreview;
  fileName?: string;
}
