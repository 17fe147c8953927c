import type { AppError } from '../../../shared/ipc/result';

/**
 * Main refuses a change that would lock the PC out (disabling oneself, the last administrator)
 * as a conflict: said in the accounts' own words rather than a summary's.
 */
export function accountError(error: AppError): AppError {
  return error.code === 'conflict' && !error.params?.reason ? { ...error, params: { reason: 'account' } } : error;
}
