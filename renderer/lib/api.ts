import type { AppApi, AppEvents } from '../../shared/ipc/api';
import type { AppError, Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Defined by the Electron preload or by the browser shell's page script. */
    readonly cpu: AppApi;
    /** Electron only: what main tells the page unasked. */
    readonly cpuEvents?: AppEvents;
  }
}

const lockListeners = new Set<() => void>();
const notifyLocked = () => lockListeners.forEach((listener) => listener());

/**
 * Called whenever the app turns out to be locked: main said so (the PC locked or slept), or
 * any answer came back `locked`. The session gate listens and drops everything shown.
 */
export function onLocked(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Every method of `window.cpu`, watching its answers for `locked`. */
function watchLocks(raw: AppApi): AppApi {
  const wrapped: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [namespace, methods] of Object.entries(raw)) {
    const group: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
    for (const [name, method] of Object.entries(
      methods as Record<string, (input: unknown) => Promise<Result<unknown>>>,
    )) {
      group[name] = async (input) => {
        const result = await method(input);
        if (!result.ok && result.error.code === 'locked') notifyLocked();
        return result;
      };
    }
    wrapped[namespace] = group;
  }
  // Same namespaces, same methods, same signatures: only the answers are watched.
  return wrapped as unknown as AppApi;
}

/** The renderer's only way to the main process. */
// `window.cpu` is missing only in unit tests that do not mock this module.
export const api: AppApi = typeof window.cpu === 'object' ? watchLocks(window.cpu) : window.cpu;
window.cpuEvents?.onLocked(notifyLocked);

/** A failed call, carrying the typed error for the UI to translate and show. */
export class ApiError extends Error {
  readonly error: AppError;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.error = error;
  }
}

/** Unwraps a `Result` for code that prefers exceptions (react data loading, form submits). */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
