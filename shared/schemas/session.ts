import { z } from 'zod';
import { AccountTeams, NewDisplayName, SignedIn, SignInChoice } from './accounts';
import { GivenPassphrase, NewPassphrase, RecoveryKeyInput } from './passphrase';

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
  /** The accounts that can sign in on this PC, by name (none before set-up). */
  accounts: z.array(SignInChoice),
  /** Who is signed in; null while locked. */
  user: SignedIn.nullable(),
  /** Idle minutes before the app locks itself. */
  autoLockMinutes: AutoLockMinutes,
  /** Seconds before another unlock attempt is accepted (after wrong ones); 0 when none. */
  waitSeconds: z.number().int().min(0),
  /**
   * When the recovery key in use was issued, if it was shown once (after set-up, a reissue or a
   * key change) and never confirmed as kept: its sheet says that date. Null when it was
   * confirmed, and while locked.
   */
  recoveryKeyUnconfirmed: z.iso.datetime().nullable(),
});
export type SessionStatus = z.output<typeof SessionStatus>;

/** First run: the first account, an administrator. */
export const SetupRequest = z.strictObject({
  displayName: NewDisplayName,
  teams: AccountTeams,
  passphrase: NewPassphrase,
});
export const SetupResult = z.strictObject({ recoveryKey: z.string(), status: SessionStatus });
/** Sign-in: who is working, and their passphrase. */
export const UnlockRequest = z.strictObject({ accountId: z.string().min(1).max(64), passphrase: GivenPassphrase });
/** A forgotten passphrase: the PC's recovery key lets an account set a new one. */
export const RecoveryUnlockRequest = z.strictObject({
  accountId: z.string().min(1).max(64),
  recoveryKey: RecoveryKeyInput,
  newPassphrase: NewPassphrase,
});
/** A change keeps nobody's passphrase as it was: after an administrator's reset, the officer's own must be new. */
const isNew = (v: { current: string; next: string }) => v.next !== v.current;
const SAME = { path: ['next'], message: 'v.keyPassphrase.same' };
export const ChangePassphraseRequest = z
  .strictObject({ current: GivenPassphrase, next: NewPassphrase })
  .refine(isNew, SAME);
export const AutoLockRequest = z.strictObject({ minutes: AutoLockMinutes });

/** Signing out, or (`idle`) the page locking itself after the officer's idle minutes: the access log tells them apart. */
export const LockRequest = z.strictObject({ idle: z.boolean().optional() });

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
  /** The backup taken of the replaced database just before ("Before a restore"): restoring it undoes this restore. */
  undoWith: BackupSequence.optional(),
  /** Access-log entries written since the backup, carried into the restored database. */
  logCarried: z.number().int().nonnegative(),
  /** Why none were: the database in use did not open, or its log does not continue the backup's. */
  logSkipped: z.enum(['unreadable', 'diverged']).optional(),
});
export type RestoreResult = z.output<typeof RestoreResult>;

const again = (a: string, b: string) => a === b;

/** The set-up form: the first administrator's name and teams, and the passphrase twice. */
export const SetupForm = z
  .strictObject({ displayName: NewDisplayName, teams: AccountTeams, passphrase: NewPassphrase, repeat: z.string() })
  .refine((v) => again(v.passphrase, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' });

/** The recovery form: the printed key and a new passphrase, twice. */
export const RecoveryForm = z
  .strictObject({
    accountId: z.string().min(1, { message: 'v.choose' }),
    recoveryKey: RecoveryKeyInput,
    newPassphrase: NewPassphrase,
    repeat: z.string(),
  })
  .refine((v) => again(v.newPassphrase, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' });

/** The change form: the current passphrase and the new one, twice. */
export const ChangeForm = z
  .strictObject({ current: GivenPassphrase, next: NewPassphrase, repeat: z.string() })
  .refine((v) => again(v.next, v.repeat), { path: ['repeat'], message: 'v.keyPassphrase.mismatch' })
  .refine(isNew, SAME);
