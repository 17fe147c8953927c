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
  /** `investigationRef`: "New summary for this investigation", which starts from its facts. */
  | { name: 'new'; team: Team; investigationRef?: string | undefined }
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

/** Screens about one summary or investigation, opened from a screen the officer may want back. */
const DETAIL: ReadonlySet<Route['name']> = new Set(['edit', 'investigation', 'print', 'new']);

/** Returns false to keep the officer on the current screen (e.g. unsaved changes). */
export type LeaveGuard = () => Promise<boolean>;

interface Router {
  route: Route;
  /**
   * The screen the officer left to open a summary, an investigation or a print (the list, the
   * totals with a drill-down, ...), kept while they move between such screens, so one way back
   * leads to where they were. Undefined on the other screens.
   */
  origin: Route | undefined;
  navigate(to: Route): Promise<void>;
  /** A screen with unsaved work registers a guard; navigation asks it first. */
  setLeaveGuard(guard: LeaveGuard | undefined): void;
}

/** Where `to` was reached from, given where the officer is (`from`) and where they had come from. */
export function originOf(from: Route, fromOrigin: Route | undefined, to: Route): Route | undefined {
  if (!DETAIL.has(to.name)) return undefined;
  return DETAIL.has(from.name) ? fromOrigin : from;
}

const RouterContext = createContext<Router | undefined>(undefined);

export function RouterProvider({ children, initial = { name: 'list' } }: { children: ReactNode; initial?: Route }) {
  const [state, setState] = useState<{ route: Route; origin: Route | undefined }>({
    route: initial,
    origin: undefined,
  });
  const guard = useRef<LeaveGuard | undefined>(undefined);
  const navigate = useCallback(async (to: Route) => {
    if (guard.current && !(await guard.current())) return;
    guard.current = undefined;
    setState((old) => ({ route: to, origin: originOf(old.route, old.origin, to) }));
  }, []);
  const setLeaveGuard = useCallback((g: LeaveGuard | undefined) => {
    guard.current = g;
  }, []);
  const value = useMemo(
    () => ({ route: state.route, origin: state.origin, navigate, setLeaveGuard }),
    [state, navigate, setLeaveGuard],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}
