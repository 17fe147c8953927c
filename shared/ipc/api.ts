import type { Channel, Input, Output } from './contract';
import type { Result } from './result';

type Namespace = Channel extends `${infer N}:${string}` ? N : never;

/**
 * The API the renderer sees as `window.cpu`: one method per channel, grouped by the part
 * before the colon (`'cases:save'` becomes `cpu.cases.save`).
 */
export type AppApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: (
      input: Input<C>,
    ) => Promise<Result<Output<C>>>;
  };
};

/** What main pushes to the page unasked; only Electron has it (the OS locked or went to sleep). */
export interface AppEvents {
  onLocked(listener: () => void): void;
}
export const LOCKED_EVENT = 'session:locked';

/** One transport: Electron's ipcRenderer.invoke in the preload, HTTP in the browser shell. */
export type Invoke = <C extends Channel>(channel: C, input: Input<C>) => Promise<Result<Output<C>>>;

/**
 * Builds `window.cpu` from a transport. The preload and the browser shell both call it, so
 * the renderer cannot tell them apart; `satisfies` makes a missing channel a type error.
 */
export function createApi(invoke: Invoke): AppApi {
  return {
    app: { info: (input) => invoke('app:info', input) },
    settings: {
      get: (input) => invoke('settings:get', input),
      update: (input) => invoke('settings:update', input),
    },
    cases: {
      years: (input) => invoke('cases:years', input),
      list: (input) => invoke('cases:list', input),
      get: (input) => invoke('cases:get', input),
      save: (input) => invoke('cases:save', input),
      delete: (input) => invoke('cases:delete', input),
      restore: (input) => invoke('cases:restore', input),
      investigation: (input) => invoke('cases:investigation', input),
      byIds: (input) => invoke('cases:byIds', input),
    },
    years: {
      get: (input) => invoke('years:get', input),
      setSpending: (input) => invoke('years:setSpending', input),
      close: (input) => invoke('years:close', input),
      reopen: (input) => invoke('years:reopen', input),
    },
    totals: { get: (input) => invoke('totals:get', input) },
    exports: { create: (input) => invoke('exports:create', input) },
    imports: {
      preview: (input) => invoke('imports:preview', input),
      apply: (input) => invoke('imports:apply', input),
      cancel: (input) => invoke('imports:cancel', input),
    },
    print: { savePdf: (input) => invoke('print:savePdf', input) },
    drafts: {
      get: (input) => invoke('drafts:get', input),
      save: (input) => invoke('drafts:save', input),
      discard: (input) => invoke('drafts:discard', input),
    },
    session: {
      status: (input) => invoke('session:status', input),
      setup: (input) => invoke('session:setup', input),
      unlock: (input) => invoke('session:unlock', input),
      unlockWithRecovery: (input) => invoke('session:unlockWithRecovery', input),
      lock: (input) => invoke('session:lock', input),
      changePassphrase: (input) => invoke('session:changePassphrase', input),
      setAutoLock: (input) => invoke('session:setAutoLock', input),
    },
    backups: {
      list: (input) => invoke('backups:list', input),
      restore: (input) => invoke('backups:restore', input),
    },
  } satisfies AppApi;
}
