import type { AppError } from '../../shared/ipc/result';
import type { CaseInput } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import type { Dispatch } from '../ipc/dispatcher';

/** A call the test expects to succeed: its value, or a throw naming the channel and the refusal. */
export async function call<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A call the test expects to be refused: the error the renderer would show. */
export async function refusal(dispatch: Dispatch, channel: string, input: unknown): Promise<AppError> {
  const result = await dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

/** `call` and `refusal` bound to one app's dispatcher, for tests that talk to one app. */
export function callsOn(dispatch: Dispatch) {
  return {
    call: <T>(channel: string, input: unknown): Promise<T> => call<T>(dispatch, channel, input),
    refusal: (channel: string, input: unknown): Promise<AppError> => refusal(dispatch, channel, input),
  };
}

/** A valid summary reported in `year`, told apart by its district. */
export const summaryIn = (year: number, district: string): CaseInput => ({
  ...sampleSummary('OVA'),
  dateReported: `${year}-03-14`,
  offenceDate: `${year}-03-10`,
  district,
});
