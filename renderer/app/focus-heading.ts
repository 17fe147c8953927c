import { useEffect, useRef, type RefObject } from 'react';
import type { Route } from '../lib/router';

/** A screen's own heading: every screen titles itself with `.page-title`. */
const HEADING = '.page-title, h1, h2';

/** Focus is where the screen put it (a restored row, a dialog), not left behind in the menu. */
function placedByScreen(main: HTMLElement): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && main.contains(active);
}

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>(HEADING);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: false });
  return true;
}

/**
 * After every move to another screen, focus goes to that screen's heading (made focusable
 * with tabindex -1), so a keyboard or screen-reader user starts at the top of what they
 * chose rather than in the menu. A screen still loading gets it once its heading is drawn;
 * a screen that places focus itself (the list returning to its row) keeps it. The first
 * screen after sign-in gets it too (the sign-in form it replaced is gone, and focus with it); the
 * page a save reopens (it announces the save) is left alone.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>, route: Route) {
  const shown = useRef<Route | undefined>(undefined);
  useEffect(() => {
    const el = main.current;
    if (shown.current === route) return;
    shown.current = route;
    if (!el || (route.name === 'edit' && route.saved)) return;
    if (placedByScreen(el) || focusHeading(el)) return;
    const observer = new MutationObserver(() => {
      if (placedByScreen(el) || focusHeading(el)) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, route]);
}
