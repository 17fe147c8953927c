import { CHANNELS, type Channel, type Input, type Output } from './contract';
import type { Result } from './result';

type Namespace = Channel extends `${infer N}:${string}` ? N : never;

/**
 * The API the renderer sees as `window.cpu`: one method per channel, grouped by the part
 * before the colon (`'cases:save'` becomes `cpu.cases.save`).
 */
export type AppApi = {
  [N in Namespace]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: (input: Input<C>) => Promise<Result<Output<C>>>;
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
 * Builds `window.cpu` from a transport, one method per channel of the contract (its keys are
 * the only list of channels). The preload and the browser shell both call it, so the renderer
 * cannot tell them apart.
 */
export function createApi(invoke: Invoke): AppApi {
  const api: Record<string, Record<string, (input: never) => unknown>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split(':') as [string, string];
    (api[namespace] ??= {})[method] = (input: Input<typeof channel>) => invoke(channel, input);
  }
  return Object.freeze(api) as unknown as AppApi;
}
