import { CHANNEL_ACCESS } from '../../shared/domain/access';
import { CHANNELS, type Channel, type HandlerMap, type Output, type ParsedInput } from '../../shared/ipc/contract';
import { AppFailure } from '../../shared/ipc/result';
import { hasRole, type AuditAction, type SignedIn } from '../../shared/schemas/accounts';

/** What works with the data key while the database does not open (so no account can be read). */
const RESCUE = new Set<Channel>(['backups:list', 'backups:restore']);

const locked = () => new AppFailure('locked', 'The app is locked. Sign in to continue.');

/**
 * Every channel checked against the role table (shared/domain/access.ts) before its handler
 * runs: refused calls reach no handler, so they change nothing. What an account may do with
 * one summary is checked inside the cases handlers.
 */
export function enforceAccess(
  handlers: HandlerMap,
  who: () => SignedIn | undefined,
  keyOnly: () => boolean = () => false,
): HandlerMap {
  const out: Partial<Record<Channel, unknown>> = {};
  for (const channel of CHANNELS) {
    const needed = CHANNEL_ACCESS[channel];
    const handler = handlers[channel] as (input: unknown) => unknown;
    out[channel] =
      needed === 'anyone'
        ? handler
        : (input: unknown) => {
            const user = who();
            // Signed in, but the database did not open to say who: restoring a backup is all there is to do.
            if (!user && RESCUE.has(channel) && keyOnly()) return handler(input);
            if (!user) throw locked();
            if (needed !== 'signed-in' && !hasRole(user.role, needed)) {
              throw new AppFailure('forbidden', `This needs the ${needed} role; you are signed in as ${user.role}.`, {
                reason: 'role',
                role: needed,
              });
            }
            return handler(input);
          };
  }
  return out as HandlerMap;
}

type Logged<C extends Channel> = (
  input: ParsedInput<C>,
  output: Output<C>,
) => { action: AuditAction; target?: string; count?: number };

/** The calls the access log records once they succeed, and what it says of each. */
export const LOGGED: { [C in Channel]?: Logged<C> } = {
  'cases:get': (_input, record) => ({ action: 'case-open', target: record.caseCode }),
  'cases:investigation': (input, result) => ({
    action: 'case-open',
    target: input.investigationRef,
    count: result.records.length,
  }),
  'cases:save': (_input, record) => ({ action: 'case-save', target: record.caseCode }),
  'cases:delete': (_input, record) => ({ action: 'case-delete', target: record.caseCode }),
  'cases:restore': (_input, record) => ({ action: 'case-restore', target: record.caseCode }),
  'cases:redact': (input, record) => ({ action: 'case-redact', target: `${record.caseCode} ${input.path}` }),
  'exports:create': (input, file) => ({
    action: 'export',
    target: `${input.format} ${input.year} ${file.fileName}`.slice(0, 200),
  }),
  // Logged when the officer chose where (the job then writes it); a closed dialog saved nothing.
  'exports:yearFile': (input, started) => {
    const kind = input.passphrase === undefined ? 'plain' : 'protected';
    const saved = started.job === null ? ' (not saved)' : '';
    return { action: 'export', target: `year-file-${kind} ${input.year} ${started.fileName}${saved}`.slice(0, 200) };
  },
  'imports:apply': (_input, result) => ({ action: 'import', count: result.written }),
  'years:close': (input) => ({ action: 'year-close', target: String(input.year) }),
  'years:reopen': (input) => ({ action: 'year-reopen', target: String(input.year) }),
  'years:setSpending': (input) => ({ action: 'year-spending', target: String(input.year) }),
  'backups:restore': (input) => ({ action: 'backup-restore', target: String(input.sequence) }),
  'print:printed': (input) => ({ action: 'case-print', target: `${input.kind} ${input.target}` }),
};

/** Work that replaces the database or runs long: never inside a transaction of ours. */
const AFTERWARDS = new Set<Channel>(['backups:restore', 'exports:create']);

/**
 * Each logged channel records its entry once its handler succeeded. A handler that answers at
 * once runs with its entry in one transaction (`atomically`): one durable write, and no change
 * without its entry; one that works on (an export) records when it is done.
 */
export function logAccess(
  handlers: HandlerMap,
  record: (entry: { action: AuditAction; target?: string; count?: number }) => void,
  atomically: <T>(work: () => T) => T,
): HandlerMap {
  const out: Record<string, unknown> = { ...handlers };
  for (const channel of Object.keys(LOGGED) as Channel[]) {
    const describe = LOGGED[channel] as (input: unknown, output: unknown) => Parameters<typeof record>[0];
    const handler = handlers[channel] as (input: unknown) => unknown;
    out[channel] = (input: unknown) => {
      if (AFTERWARDS.has(channel)) {
        return Promise.resolve(handler(input)).then((answer) => {
          record(describe(input, answer));
          return answer;
        });
      }
      let later: Promise<unknown> | undefined;
      const output = atomically(() => {
        const answer = handler(input);
        if (answer instanceof Promise) {
          later = answer;
          return undefined;
        }
        record(describe(input, answer));
        return answer;
      });
      return later
        ? later.then((answer) => {
            record(describe(input, answer));
            return answer;
          })
        : output;
    };
  }
  return out as HandlerMap;
}
