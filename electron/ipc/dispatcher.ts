import type { z } from 'zod';
import { contract, isChannel, type Channel, type HandlerMap } from '../../shared/ipc/contract';
import { translate } from '../../shared/i18n/translate';
import { AppFailure, fail, ok, type FieldIssue, type Result } from '../../shared/ipc/result';

export type Handlers = HandlerMap;

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors go; never the renderer. Must not receive case data. */
  logError?: (channel: Channel, error: unknown) => void;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The one way into the main process's logic, for Electron's IPC and the browser shell
 * alike: parse the payload against the channel's schema, run the handler, and return a
 * `Result`. A thrown error never reaches the caller with its stack.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return fail('unknown-channel', 'This request is not part of the app.');
    }
    let parsed;
    try {
      // Asynchronous: a new passphrase is rated by an estimator loaded on first use (shared/schemas/passphrase.ts).
      parsed = await contract[channel].input.safeParseAsync(payload);
    } catch (error) {
      // The estimator did not load: the request is refused as any failure is, never thrown at the caller.
      options.logError?.(channel, error);
      return fail('internal', 'Something went wrong. Nothing was changed; please try again.');
    }
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      const first = issues[0];
      const where = first ? ` (${first.path || 'request'}: ${translate('en', first.message)})` : '';
      return fail('invalid-input', `The request was refused: invalid data${where}.`, { issues });
    }
    try {
      // Indexing the handler map by a union channel loses the pairing of input and handler.
      const handler = handlers[channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) {
        return fail(error.code, error.message, { params: error.params });
      }
      options.logError?.(channel, error);
      return fail('internal', 'Something went wrong. Nothing was changed; please try again.');
    }
  };
}
