import { z } from 'zod';
import { TEAMS } from '../domain/teams';
import {
  CaseIdRequest,
  CaseListPage,
  CaseRecord,
  CaseRow,
  InvestigationRequest,
  ListCasesRequest,
  RedactRequest,
  SaveCaseRequest,
  Year,
} from '../schemas/case';
import {
  Account,
  AccountPassphraseRequest,
  AccountRequest,
  AddAccountRequest,
  AuditCheck,
  AuditFilter,
  AuditListRequest,
  AuditPage,
  PrintedRequest,
  RecoveryKeyResult,
  UpdateAccountRequest,
} from '../schemas/accounts';
import { Draft, DraftBase, DraftKey, DraftValues } from '../schemas/draft';
import {
  CasesByIdsRequest,
  ExportRequest,
  ImportApplyRequest,
  ImportPreviewRequest,
  ImportFileRequest,
  JobRequest,
  YearFileExportRequest,
  type ChosenFile,
  type JobStatus,
  type YearFileExport,
  type ExportFile,
  type ImportPreview,
  type ImportResult,
  type TotalsReport,
} from '../schemas/exchange';
import {
  AutoLockRequest,
  LockRequest,
  BackupList,
  ChangePassphraseRequest,
  RecoveryUnlockRequest,
  RestoreRequest,
  RestoreResult,
  SessionStatus,
  SetupRequest,
  SetupResult,
  UnlockRequest,
} from '../schemas/session';
import { Settings, UpdateSettingsRequest } from '../schemas/settings';
import { ReopenRequest, SpendingRequest, YearRequest, YearSettings } from '../schemas/year-settings';

const NoInput = z.strictObject({});

export const AppInfo = z.strictObject({
  version: z.string(),
  host: z.enum(['electron', 'browser-shell']),
});

/**
 * Every channel between renderer and main, with its input schema (strict: unknown keys
 * are refused) and its output schema. Channel names exist only as keys of this map.
 */
export const contract = {
  'app:info': { input: NoInput, output: AppInfo },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: UpdateSettingsRequest, output: Settings },
  'cases:years': { input: NoInput, output: z.array(Year) },
  /** Rows of one year; `bin: true` lists that year's deleted summaries instead. */
  'cases:list': { input: ListCasesRequest, output: CaseListPage },
  'cases:get': { input: CaseIdRequest.pick({ id: true }), output: CaseRecord },
  'cases:save': { input: SaveCaseRequest, output: CaseRecord },
  /** Moves a summary to the bin (recorded in its history); nothing is erased. */
  'cases:delete': { input: CaseIdRequest, output: CaseRecord },
  'cases:restore': { input: CaseIdRequest, output: CaseRecord },
  /** Every team's summaries (not in the bin) that share one investigation reference, all years. */
  'cases:investigation': {
    input: InvestigationRequest,
    output: z.strictObject({ investigationRef: z.string(), records: z.array(CaseRecord) }),
  },
  /**
   * The teams of the summaries (not in the bin) under one investigation reference, all years,
   * one per summary: what the second-lead warning needs while a reference is typed, read from
   * the list rows, so nothing is opened (and nothing is logged as opened).
   */
  'cases:investigationTeams': {
    input: InvestigationRequest,
    output: z.strictObject({ investigationRef: z.string(), teams: z.array(z.enum(TEAMS)) }),
  },
  /** Removes one value from a summary's history, replaced by a note of who removed it and why (administrators). */
  'cases:redact': { input: RedactRequest, output: CaseRecord },
  /** List rows of the summaries behind a figure, in any year (bin excluded). */
  'cases:byIds': { input: CasesByIdsRequest, output: z.array(CaseRow) },
  'years:get': { input: YearRequest, output: YearSettings },
  'years:setSpending': { input: SpendingRequest, output: YearSettings },
  /** After the report: the year's summaries can no longer be changed until it is reopened. */
  'years:close': { input: YearRequest, output: YearSettings },
  'years:reopen': { input: ReopenRequest, output: YearSettings },
  /** The year's totals with the previous year's, and what would make them wrong. */
  'totals:get': { input: YearRequest, output: z.custom<TotalsReport>() },
  'exports:create': { input: ExportRequest, output: z.custom<ExportFile>() },
  /** Checks a data file from another PC completely and classifies its summaries; writes nothing. */
  'imports:preview': { input: ImportPreviewRequest, output: z.custom<ImportPreview>() },
  /** Writes a previewed import with the officer's choice for every conflicting field. */
  'imports:apply': { input: ImportApplyRequest, output: z.custom<ImportResult>() },
  'imports:cancel': { input: ImportApplyRequest.pick({ token: true }), output: z.null() },
  /** The yearly data file (v2) saved where the officer chooses (Electron) or downloaded (browser shell), as a job. */
  'exports:yearFile': { input: YearFileExportRequest, output: z.custom<YearFileExport>() },
  /** Electron only: the open dialog; null when closed without a file. */
  'imports:chooseFile': { input: NoInput, output: z.custom<ChosenFile | null>() },
  /** Reads a chosen or uploaded file into a preview, as a job. */
  'imports:previewFile': { input: ImportFileRequest, output: z.custom<{ job: string }>() },
  /** How far an export or an import's preview has come (polled), and its end. */
  'jobs:progress': { input: JobRequest, output: z.custom<JobStatus>() },
  'jobs:cancel': { input: JobRequest, output: z.custom<JobStatus>() },
  /**
   * Saves the page being shown (a print layout) as a PDF where the officer chooses. Only the
   * desktop app can; the browser shell answers `unsupported` (its Print dialog saves PDFs).
   */
  'print:savePdf': {
    input: z.strictObject({ fileName: z.string().regex(/^[\w .,()-]{1,100}\.pdf$/, { message: 'v.fileName' }) }),
    output: z.strictObject({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  'drafts:get': { input: z.strictObject({ key: DraftKey }), output: Draft.nullable() },
  'drafts:save': {
    input: z.strictObject({ key: DraftKey, values: DraftValues, base: DraftBase.optional() }),
    output: Draft,
  },
  'drafts:discard': { input: z.strictObject({ key: DraftKey }), output: z.null() },
  /** Whether this PC's data is set up, locked or unlocked; answered while locked. */
  'session:status': { input: NoInput, output: SessionStatus },
  /** First run: sets the passphrase and answers the recovery key, shown this once. */
  'session:setup': { input: SetupRequest, output: SetupResult },
  'session:unlock': { input: UnlockRequest, output: SessionStatus },
  /** A forgotten passphrase: the printed recovery key unlocks, and a new passphrase is set. */
  'session:unlockWithRecovery': { input: RecoveryUnlockRequest, output: SessionStatus },
  /** Forgets the data key in main; the page drops what it showed. */
  'session:lock': { input: LockRequest, output: SessionStatus },
  'session:changePassphrase': { input: ChangePassphraseRequest, output: SessionStatus },
  'session:setAutoLock': { input: AutoLockRequest, output: SessionStatus },
  /** Whoever was shown the recovery key says it is written down or printed. */
  'session:recoveryKeyKept': { input: NoInput, output: SessionStatus },
  /** The case database's rolling backups, newest first, and why the database does not open if it does not. */
  'backups:list': { input: NoInput, output: BackupList },
  'backups:restore': { input: RestoreRequest, output: RestoreResult },
  /** This PC's accounts, disabled ones too (administrators). */
  'accounts:list': { input: NoInput, output: z.array(Account) },
  'accounts:add': { input: AddAccountRequest, output: Account },
  /** A new name, teams or role; the passphrase is not touched. */
  'accounts:update': { input: UpdateAccountRequest, output: Account },
  /** Removes the account's key slot: it cannot sign in until enabled again with a new passphrase. */
  'accounts:disable': { input: AccountRequest, output: Account },
  'accounts:enable': { input: AccountPassphraseRequest, output: Account },
  /** An officer who forgot their passphrase: a new one in a new slot; the old slot is removed. */
  'accounts:resetPassphrase': { input: AccountPassphraseRequest, output: Account },
  /** A new recovery key, shown this once; the old one stops working. */
  'accounts:reissueRecoveryKey': { input: NoInput, output: RecoveryKeyResult },
  /**
   * A new data key: every row re-sealed in one transaction and every slot given the new key; a
   * new recovery key, shown this once. Backups made before stay sealed with the old key.
   */
  'accounts:rotateKey': { input: NoInput, output: RecoveryKeyResult },
  /** The access log, newest first, with the last check of its chain. */
  'audit:list': { input: AuditListRequest, output: AuditPage },
  /** Checks every link of the access log's chain now. */
  'audit:verify': { input: NoInput, output: AuditCheck },
  /** The filtered log as a CSV file (itself logged). */
  'audit:export': { input: AuditFilter, output: z.custom<ExportFile>() },
  /** The page printed a summary, an investigation or the report (logged). */
  'print:printed': { input: PrintedRequest, output: z.null() },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** What answers every channel: the main process's handlers, or a test's typed double of them. */
export type HandlerMap = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;
};

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
