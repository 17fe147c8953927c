import { useCallback, useEffect, useEffectEvent, useState, type DependencyList } from 'react';
import type { AppError, Result } from '../../shared/ipc/result';

/** A call that rejected (the transport itself failed) reads as any other failed call. */
export function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  return call.catch((e: unknown) => ({
    ok: false as const,
    error: { code: 'internal' as const, message: e instanceof Error ? e.message : String(e) },
  }));
}

export interface ApiResult<T> {
  /** The answer for the current `deps`; undefined while it loads or when it failed. */
  value: T | undefined;
  error: AppError | undefined;
  /** True until the current `deps` have an answer. */
  loading: boolean;
  /** Asks again with the same `deps`, keeping the answer on screen until the new one comes. */
  reload(): void;
}

/** One request: a new object each time, so the effect runs again even for the same `deps`. */
interface Ask {
  deps: DependencyList;
}

interface Answer<T> {
  ask: Ask;
  result: Result<T>;
}

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((dep, i) => Object.is(dep, b[i]));

/**
 * What main answers to `call`, asked when the component mounts and again whenever `deps` change
 * (compared as `useEffect` compares them), e.g. `useApiResult(() => api.years.get({ year }), [year])`.
 * An answer to earlier `deps` is never shown as the current one, and none is set after unmount.
 * `call` may combine several calls into one `Result`.
 */
export function useApiResult<T>(call: () => Promise<Result<T>>, deps: DependencyList): ApiResult<T> {
  const [ask, setAsk] = useState<Ask>({ deps });
  if (!sameDeps(ask.deps, deps)) setAsk({ deps });
  const [answer, setAnswer] = useState<Answer<T>>();
  const load = useEffectEvent(call);

  useEffect(() => {
    let current = true;
    void settle(load()).then((result) => {
      if (current) setAnswer({ ask, result });
    });
    return () => {
      current = false;
    };
  }, [ask]);

  const reload = useCallback(() => setAsk((old) => ({ deps: old.deps })), []);
  // A reload keeps `deps` (the same array); changed `deps` are a new one.
  const result = answer?.ask.deps === ask.deps ? answer.result : undefined;
  return {
    value: result?.ok ? result.value : undefined,
    error: result?.ok === false ? result.error : undefined,
    loading: result === undefined,
    reload,
  };
}
