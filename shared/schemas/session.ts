import { z } from 'zod';

/** Rules for a new passphrase; shown beside the field and checked again in main. */
export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 256;
const MIN_DISTINCT = 6;

export const PASSPHRASE_RULES = [
  'v.keyPassphrase.short',
  'v.keyPassphrase.variety',
  'v.keyPassphrase.common',
  'v.keyPassphrase.long',
] as const;
export type PassphraseRule = (typeof PASSPHRASE_RULES)[number];

/** Phrases an attacker tries first; compared without case, spaces or punctuation. */
const COMMON = [
  'password',
  'passphrase',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'cpucaseregister',
  'childprotectionunit',
  'cambodia',
  'phnompenh',
];

const letters = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}\d]/gu, '');

/**
 * Which rules a new passphrase breaks (none: it is fine). Length counts characters, not
 * bytes, so a Khmer passphrase is judged like an English one.
 */
export function passphraseProblems(passphrase: string): PassphraseRule[] {
  // Far too long is refused before any work on it: a megabyte "passphrase" costs nothing to turn away.
  if (passphrase.length > PASSPHRASE_MAX * 2) return ['v.keyPassphrase.long'];
  const chars = [...passphrase.normalize('NFC')];
  const problems: PassphraseRule[] = [];
  if (chars.length < PASSPHRASE_MIN) problems.push('v.keyPassphrase.short');
  if (chars.length > PASSPHRASE_MAX) problems.push('v.keyPassphrase.long');
  if (new Set(chars.map((c) => c.toLowerCase())).size < MIN_DISTINCT) problems.push('v.keyPassphrase.variety');
  const core = letters(passphrase);
  if (COMMON.some((word) => core === word || (core.length <= word.length + 4 && core.includes(word)))) {
    problems.push('v.keyPassphrase.common');
  }
  return problems;
}

/** A passphrase being set (first run, change, after recovery): every rule applies. */
export const NewPassphrase = z.string().superRefine((value, ctx) => {
  for (const message of passphraseProblems(value)) ctx.addIssue({ code: 'custom', message });
});

/** A passphrase being tried: only a sane size, so a long guess costs nothing to refuse. */
export const GivenPassphrase = z
  .string()
  .min(1, { message: 'v.required' })
  .max(1024, { message: 'v.keyPassphrase.long' });

/** The printed recovery key: 8 groups of 5 letters and digits; spaces and dashes are ignored. */
export const RecoveryKeyInput = z.string().min(1, { message: 'v.required' }).max(200, { message: 'v.recovery.format' });

export const SessionState = z.enum(['setup', 'locked', 'unlocked']);
export type SessionState = z.output<typeof SessionState>;

export const AUTO_LOCK_DEFAULT = 10;
export const AutoLockMinutes = z
  .number()
  .int({ message: 'v.autoLock' })
  .min(1, { message: 'v.autoLock' })
  .max(240, { message: 'v.autoLock' });

export const SessionStatus = z.strictObject({
  state: SessionState,
  /** Idle minutes before the app locks itself. */
  autoLockMinutes: AutoLockMinutes,
  /** Seconds before another unlock attempt is accepted (after wrong ones); 0 when none. */
  waitSeconds: z.number().int().min(0),
});
export type SessionStatus = z.output<typeof SessionStatus>;

export const SetupRequest = z.strictObject({ passphrase: NewPassphrase });
export const SetupResult = z.strictObject({ recoveryKey: z.string(), status: SessionStatus });
export const UnlockRequest = z.strictObject({ passphrase: GivenPassphrase });
export const RecoveryUnlockRequest = z.strictObject({ recoveryKey: RecoveryKeyInput, newPassphrase: NewPassphrase });
export const ChangePassphraseRequest = z.strictObject({ current: GivenPassphrase, next: NewPassphrase });
export const AutoLockRequest = z.strictObject({ minutes: AutoLockMinutes });

/** A backup of the case database, by its sequence number (never by the clock). */
export const BackupSequence = z
  .number({ error: 'v.backup.id' })
  .int({ message: 'v.backup.id' })
  .min(1, { message: 'v.backup.id' })
  .max(999_999, { message: 'v.backup.id' });

export const BACKUP_REASONS = ['lock', 'quit', 'daily', 'before-restore', 'manual'] as const;

export const BackupEntry = z.strictObject({
  sequence: BackupSequence,
  /** When it was taken, by this PC's clock (shown; never used to order or prune). */
  at: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  /** Summaries it holds, or null when it cannot be read with this PC's key. */
  summaries: z.number().int().min(0).nullable(),
  /** Why it cannot be restored, or null when it passed its checks. */
  problem: z.string().nullable(),
});
export type BackupEntry = z.output<typeof BackupEntry>;

export const BackupList = z.strictObject({
  /** Why the case database in use cannot be opened, or null when it opens. */
  problem: z.string().nullable(),
  /** Newest first. */
  backups: z.array(BackupEntry),
});
export type BackupList = z.output<typeof BackupList>;

export const RestoreRequest = z.strictObject({ sequence: BackupSequence });
export const RestoreResult = z.strictObject({
  sequence: BackupSequence,
  at: z.iso.datetime(),
  summaries: z.number().int(),
  /** Where the replaced database was kept, relative to the data folder. */
  keptAs: z.string(),
});
export type RestoreResult = z.output<typeof RestoreResult>;

const again = (a: string, b: string) => a === b;

/** The set-up form: the passphrase twice. */
export const SetupForm = z
  .strictObject({ passphrase: NewPassphrase, repeat: z.string() })
  .refine((v) => again(v.passphrase, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' });

/** The recovery form: the printed key and a new passphrase, twice. */
export const RecoveryForm = z
  .strictObject({ recoveryKey: RecoveryKeyInput, newPassphrase: NewPassphrase, repeat: z.string() })
  .refine((v) => again(v.newPassphrase, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' });

/** The change form: the current passphrase and the new one, twice. */
export const ChangeForm = z
  .strictObject({ current: GivenPassphrase, next: NewPassphrase, repeat: z.string() })
  .refine((v) => again(v.next, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' });
