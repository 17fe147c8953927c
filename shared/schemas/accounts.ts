import { z } from 'zod';
import { TEAMS } from '../domain/teams';
import { NewPassphrase } from './passphrase';
import { Uuid } from './fields';

/**
 * What an account may do, each role including the one before it: an officer enters and edits
 * their own teams' summaries; a coordinator also reads every summary and runs totals, data
 * files, spending and year close; an administrator also keeps the accounts, the recovery key,
 * backups and settings.
 */
export const ROLES = ['officer', 'coordinator', 'administrator'] as const;
export const Role = z.enum(ROLES, { error: 'v.choose' });
export type Role = z.output<typeof Role>;

/** Whether `role` has at least the rights of `needed`. */
export const hasRole = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export const AccountId = Uuid;

/** The name an officer is known by on this PC, stamped on what they save. */
export const DisplayName = z
  .string({ error: 'v.required' })
  .trim()
  .min(1, { message: 'v.required' })
  .max(80, { message: 'v.name.long' });

/**
 * A name given now (set-up, a new account, a rename): it must show. A Khmer keyboard types
 * zero-width spaces, which `trim` keeps (and Khmer has silent inherent vowels), and a name of
 * nothing else would be blank on the sign-in screen and in the log.
 */
export const NewDisplayName = DisplayName.refine(
  (name) => /[^\s\u200b-\u200d\u2060\ufeff]/u.test(name.replace(/\u17b4|\u17b5/g, '')),
  {
    message: 'v.required',
  },
);

export const AccountTeams = z
  .array(z.enum(TEAMS), { error: 'v.teams.min' })
  .min(1, { message: 'v.teams.min' })
  .max(TEAMS.length)
  .refine((teams) => new Set(teams).size === teams.length, { message: 'v.teams.min' });

export const Account = z.strictObject({
  id: AccountId,
  displayName: DisplayName,
  teams: AccountTeams,
  role: Role,
  /** A disabled account cannot sign in: its key slot is gone until an administrator enables it again. */
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().max(80),
});
export type Account = z.output<typeof Account>;

/** Who is working, as the page and every handler see them. */
export const SignedIn = Account.pick({ id: true, displayName: true, teams: true, role: true });
export type SignedIn = z.output<typeof SignedIn>;

/** An account offered on the sign-in screen; `waitSeconds` while its wrong passphrases hold it (the PC's own wait aside). */
export const SignInChoice = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  waitSeconds: z.number().int().min(1).optional(),
});
export type SignInChoice = z.output<typeof SignInChoice>;

export const AddAccountRequest = z.strictObject({
  displayName: NewDisplayName,
  teams: AccountTeams,
  role: Role,
  passphrase: NewPassphrase,
});
export const UpdateAccountRequest = z.strictObject({
  id: AccountId,
  displayName: NewDisplayName.optional(),
  teams: AccountTeams.optional(),
  role: Role.optional(),
});
export const AccountRequest = z.strictObject({ id: AccountId });
/** Enabling an account again, or an officer who forgot theirs: a new passphrase, in a new slot. */
export const AccountPassphraseRequest = z.strictObject({ id: AccountId, passphrase: NewPassphrase });
export const RecoveryKeyResult = z.strictObject({ recoveryKey: z.string() });

/** What the access log records. */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'lock',
  'case-open',
  'case-print',
  'case-save',
  'case-delete',
  'case-restore',
  'case-purge',
  'case-redact',
  'export',
  'import',
  'year-close',
  'year-reopen',
  'year-spending',
  'account-add',
  'account-update',
  'account-disable',
  'account-enable',
  'account-passphrase',
  'passphrase-change',
  'recovery-used',
  'recovery-reissue',
  'key-rotate',
  'backup-restore',
  'log-export',
  'settings-change',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.output<typeof AuditAction>;

/** One entry of the access log, oldest first by `seq`. */
export const AuditEntry = z.strictObject({
  seq: z.number().int().min(1),
  at: z.iso.datetime(),
  /** The account that acted; null for a failed sign-in to an unknown account. */
  accountId: z.string().nullable(),
  /** The account's name when it acted (kept if it is renamed later). */
  actor: z.string().max(80),
  action: AuditAction,
  /** What it acted on: a case code, an investigation reference, a year, an account's name, a file kind. */
  target: z.string().max(200).optional(),
  /** How many summaries an export or import carried. */
  count: z.number().int().min(0).optional(),
  /** SHA-256 (hex) of the previous entry; 64 zeros for the first. */
  previousHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.output<typeof AuditEntry>;

export const AuditFilter = z.strictObject({
  accountId: z.string().max(64).optional(),
  action: AuditAction.optional(),
  /** Inclusive, `YYYY-MM-DD` in the PC's time zone. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditFilter = z.output<typeof AuditFilter>;

export const AUDIT_PAGE_MAX = 500;
export const AuditListRequest = z.strictObject({
  filter: AuditFilter,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
});

/** The result of checking the chain: the first entry whose link does not hold, if any. */
export const AuditCheck = z.strictObject({
  checkedAt: z.iso.datetime(),
  entries: z.number().int().min(0),
  firstBroken: z.strictObject({ seq: z.number().int(), at: z.string(), action: z.string() }).nullable(),
});
export type AuditCheck = z.output<typeof AuditCheck>;

export const AuditPage = z.strictObject({
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  entries: z.array(AuditEntry),
  /** Newest first in `entries`; the last check of the chain (at sign-in or on demand). */
  check: AuditCheck.nullable(),
});
export type AuditPage = z.output<typeof AuditPage>;

/** What the page tells main it printed (printing happens in the page or the OS dialog). */
export const PrintedRequest = z.strictObject({
  kind: z.enum(['case', 'investigation', 'report']),
  target: z.string().min(1).max(200),
});
