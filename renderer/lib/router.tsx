import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Team } from '../../shared/domain/teams';
import type { CaseRecord } from '../../shared/schemas/case';

/** What a print layout shows. */
export type PrintDoc =
  | { kind: 'case'; id: string }
  | { kind: 'investigation'; investigationRef: string }
  | { kind: 'report'; year: number; suppressBelow?: number | undefined };

/** The app's screens. State-based: a desktop app has no address bar to keep in sync. */
export type Route =
  | { name: 'list' }
  | { name: 'new'; team: Team }
  /** `saved`: the record a save just answered, shown without asking for it again. */
  | { name: 'edit'; id: string; saved?: CaseRecord }
  | { name: 'investigation'; investigationRef: string }
  | { name: 'bin' }
  | { name: 'totals'; year?: number }
  | { name: 'data' }
  | { name: 'print'; doc: PrintDoc }
  | { name: 'security' }
  | { name: 'accounts' }
  | { name: 'log' };

/** Returns false to keep the officer on the current screen (e.g. unsaved changes). */
export type LeaveGuard = () => Promise<boolean>;

interface Router {
  route: Route;
  navigate(to: Route): Promise<void>;
  /** A screen with unsaved work registers a guard; navigation asks it first. */
  setLeaveGuard(guard: LeaveGuard | undefined): void;
}

const RouterContext = createContext<Router | undefined>(undefined);

export function RouterProvider({ children, initial = { name: 'list' } }: { children: ReactNode; initial?: Route }) {
  const [route, setRoute] = useState<Route>(initial);
  const guard = useRef<LeaveGuard | undefined>(undefined);
  const navigate = useCallback(async (to: Route) => {
    if (guard.current && !(await guard.current())) return;
    guard.current = undefined;
    setRoute(to);
  }, []);
  const setLeaveGuard = useCallback((g: LeaveGuard | undefined) => {
    guard.current = g;
  }, []);
  const value = useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}
