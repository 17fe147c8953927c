import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWaits } from './use-wait';

afterEach(() => vi.restoreAllMocks());

const A = { id: 'a', displayName: 'Keo Dara' };
const B = { id: 'b', displayName: 'Chan Sophea' };

describe('useWaits', () => {
  it('shows exactly the seconds main asked for, even when the clock ticks while it starts', () => {
    let clock = 1_000_000;
    // Every reading of the clock is a millisecond later than the one before.
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
    const { result } = renderHook(() => useWaits({ waitSeconds: 0, accounts: [A, B] }));
    expect(result.current[0]({ account: 'a' })).toBe(0);
    act(() => result.current[1]({ account: 'a' }, 2));
    expect(result.current[0]({ account: 'a' })).toBe(2);
    // Another account's own wait is not this one's.
    expect(result.current[0]({ account: 'b' })).toBe(0);
    act(() => result.current[1]('pc', 3));
    expect(result.current[0]({ account: 'b' })).toBe(3);
    expect(result.current[0]('recovery-key')).toBe(3);
  });

  it('starts from the waits main still holds: the PC’s and each account’s', () => {
    const { result } = renderHook(() => useWaits({ waitSeconds: 0, accounts: [{ ...A, waitSeconds: 5 }, B] }));
    expect(result.current[0]({ account: 'a' })).toBe(5);
    expect(result.current[0]({ account: 'b' })).toBe(0);
    const pc = renderHook(() => useWaits({ waitSeconds: 4, accounts: [A, B] }));
    expect(pc.result.current[0]({ account: 'b' })).toBe(4);
  });
});
