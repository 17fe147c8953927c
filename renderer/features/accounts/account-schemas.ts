import { z } from 'zod';
import { AccountTeams, AddAccountRequest, NewDisplayName, Role } from '../../../shared/schemas/accounts';
import { NewPassphrase } from '../../../shared/schemas/passphrase';

const same = (v: { passphrase: string; repeat: string }) => v.passphrase === v.repeat;
const mismatch = { path: ['repeat'], message: 'v.keyPassphrase.mismatch' };

/** A new account: the request main checks, and the passphrase typed twice. */
export const AddAccountForm = AddAccountRequest.extend({ repeat: z.string() }).refine(same, mismatch);

/** Name, teams and role; the passphrase is not touched. */
export const EditAccountForm = z.strictObject({ displayName: NewDisplayName, teams: AccountTeams, role: Role });

/** Enabling an account again, or a forgotten passphrase: a new one, twice. */
export const NewPassphraseForm = z
  .strictObject({ passphrase: NewPassphrase, repeat: z.string() })
  .refine(same, mismatch);
