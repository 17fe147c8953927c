import type { AppApi } from '../../shared/ipc/api';
import type { AppError, Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Defined by the Electron preload or by the browser shell's page script. */
    readonly cpu: AppApi;
  }
}

/** The renderer's only way to the main process. */
export const api: AppApi = window.cpu;

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
