import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/ipc/result';
import { useApiResult } from './use-api-result';

/** Calls answered when the test says, by the year they asked for. */
function answeredLater() {
  const pending = new Map<number, (result: Result<string>) => void>();
  return {
    call: (year: number) => new Promise<Result<string>>((resolve) => pending.set(year, resolve)),
    answer: (year: number) => act(async () => pending.get(year)?.(ok(`report ${year}`))),
  };
}

const byYear = (call: (year: number) => Promise<Result<string>>) =>
  renderHook(({ year }) => useApiResult(() => call(year), [year]), { initialProps: { year: 2020 } });

describe('useApiResult', () => {
  it('shows the answer to the current deps only: changing them shows loading until theirs comes', async () => {
    const calls = answeredLater();
    const { result, rerender } = byYear(calls.call);
    expect(result.current).toMatchObject({ value: undefined, loading: true });
    await calls.answer(2020);
    expect(result.current).toMatchObject({ value: 'report 2020', loading: false });

    rerender({ year: 2021 });
    expect(result.current).toMatchObject({ value: undefined, loading: true });
    await calls.answer(2021);
    expect(result.current).toMatchObject({ value: 'report 2021', loading: false });
  });

  it('never shows a late answer to earlier deps', async () => {
    const calls = answeredLater();
    const { result, rerender } = byYear(calls.call);
    rerender({ year: 2021 });
    await calls.answer(2021);
    await calls.answer(2020);
    expect(result.current.value).toBe('report 2021');
  });

  it('keeps the answer on screen while a reload asks again', async () => {
    let answers = 0;
    const { result } = renderHook(() => useApiResult(async () => ok(`answer ${++answers}`), []));
    await waitFor(() => expect(result.current.value).toBe('answer 1'));
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ value: 'answer 1', loading: false });
    await waitFor(() => expect(result.current.value).toBe('answer 2'));
  });

  it('reads a call that rejected (the transport failed) as a failed call', async () => {
    const { result } = renderHook(() => useApiResult(() => Promise.reject(new Error('connection closed')), []));
    await waitFor(() => expect(result.current.error).toEqual({ code: 'internal', message: 'connection closed' }));
    expect(result.current).toMatchObject({ value: undefined, loading: false });
  });
});
