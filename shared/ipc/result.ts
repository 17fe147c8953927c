/**
 * The one shape every IPC call resolves to. Errors travel as data, never as thrown
 * exceptions, so the renderer can always show the officer something actionable.
 */
export const ERROR_CODES = [
  'unknown-channel',
  'invalid-input',
  'forbidden-sender',
  'store-unreadable',
  'not-found',
  'conflict',
  'year-closed',
  'year-closed-lead',
  'case-codes-used-up',
  'file-not-json',
  'file-wrong-format',
  'file-wrong-version',
  'file-checksum',
  'file-record-invalid',
  'file-too-large',
  'file-truncated',
  'file-tampered',
  'file-end-damaged',
  'file-reordered',
  'file-renamed',
  'file-other-year',
  'cancelled',
  'passphrase-required',
  'wrong-passphrase',
  'import-expired',
  'file-changed',
  'unsupported',
  'locked',
  'not-set-up',
  'already-set-up',
  'unlock-failed',
  'unlock-wait',
  'keys-unreadable',
  'keys-missing',
  'backup-unusable',
  'disk-full',
  'data-in-use',
  'row-unreadable',
  'database-older',
  'forbidden',
  'account-disabled',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One failed validation rule, addressed by its path in the payload (e.g. `suspects.0.age`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** English, for logs and developers; the UI translates by `code` and `params`. */
  message: string;
  issues?: FieldIssue[];
  params?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  message: string,
  extra: Pick<AppError, 'issues' | 'params'> = {},
): { ok: false; error: AppError } => ({ ok: false, error: { code, message, ...extra } });

/**
 * Thrown inside handlers for failures the officer must see (a damaged file, a missing
 * summary). The dispatcher turns it into a `Result`; any other error becomes `internal`.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string>;

  constructor(code: ErrorCode, message: string, params: Record<string, string> = {}) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.params = params;
  }
}
