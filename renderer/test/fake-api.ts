import { afterEach, beforeEach } from 'vitest';
import { createApi, type AppApi } from '../../shared/ipc/api';
import { contract, type Channel, type HandlerMap, type Input, type Output } from '../../shared/ipc/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/ipc/result';

/**
 * Main as renderer unit tests see it. A test file puts this module in place of lib/api,
 *
 *   vi.mock('../../lib/api', () => import('../../test/fake-api'));
 *
 * and serves the channels its screen uses with handlers typed by the contract. They answer as
 * main's dispatcher does: the input checked against the channel's schema, the handler's value
 * as `{ ok: true, value }`, a thrown `AppFailure` as `{ ok: false, error }`. A call on a channel
 * the test did not serve, or a handler that throws anything else, fails the test by name.
 * Each test starts with nothing served and no calls.
 */

interface Call {
  channel: Channel;
  input: unknown;
}

let handlers: Partial<HandlerMap> = {};
let calls: Call[] = [];
let mistakes: string[] = [];
const lockListeners = new Set<() => void>();

// Registered when a test file imports this module, so before the file's own hooks.
beforeEach(() => {
  handlers = {};
  calls = [];
  mistakes = [];
});

afterEach(() => {
  if (mistakes.length > 0) throw new Error(`The fake api was used wrongly:\n${mistakes.join('\n')}`);
});

/** Answers these channels from now on in this test, replacing what was served for them before. */
export function serve(more: Partial<HandlerMap>): void {
  handlers = { ...handlers, ...more };
}

/** The inputs the page sent on `channel` in this test, oldest first (as sent, before parsing). */
export function sent<C extends Channel>(channel: C): Input<C>[] {
  return calls.filter((call) => call.channel === channel).map((call) => call.input as Input<C>);
}

/** Main telling the page that the PC locked or went to sleep. */
export function lockFromMain(): void {
  lockListeners.forEach((listener) => listener());
}

/** lib/api's `onLocked`; here only `lockFromMain` calls the listeners (a `locked` answer does not). */
export function onLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Fails the test when it ends, and the call now: the page must not carry on as if answered. */
function mistake(message: string): never {
  mistakes.push(message);
  throw new Error(message);
}

async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  calls.push({ channel, input });
  // Indexing the handlers by a union channel loses the pairing of input and handler, as in main.
  const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
  if (!handler) return mistake(`The page called '${channel}', which this test does not serve.`);
  const parsed = await contract[channel].input.safeParseAsync(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return fail('invalid-input', 'The request was refused: invalid data.', { issues });
  }
  try {
    return ok((await handler(parsed.data)) as Output<C>);
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message, { params: error.params });
    return mistake(`The test's handler of '${channel}' threw: ${String(error)}`);
  }
}

/** lib/api's `api`: one method per channel of the contract, answered by what the test serves. */
export const api: AppApi = createApi(invoke);
