import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWait } from './use-wait';

afterEach(() => vi.restoreAllMocks());

describe('useWait', () => {
  it('shows exactly the seconds main asked for, even when the clock ticks while it starts', () => {
    let clock = 1_000_000;
    // Every reading of the clock is a millisecond later than the one before.
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
    const { result } = renderHook(() => useWait(0));
    expect(result.current[0]).toBe(0);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
  });

  it('starts from a wait main still holds', () => {
    const { result } = renderHook(() => useWait(5));
    expect(result.current[0]).toBe(5);
  });
});
