/**
 * Work that must reach main before the session locks: a draft's autosave waits a moment after
 * the last keystroke, and a sign-out in that moment would otherwise drop what was just typed
 * (main refuses a draft once locked). Whoever holds such work registers how to finish it.
 */
const pending = new Set<() => Promise<unknown>>();

/** Registers `finish`, run before the page locks the session; returns how to take it back. */
export function beforeLock(finish: () => Promise<unknown>): () => void {
  pending.add(finish);
  return () => pending.delete(finish);
}

/** The longest a lock waits for that work: the officer asked to leave, and main answers in milliseconds. */
const WAIT_MS = 2_000;

/**
 * Starts every registered finish at once (before the caller hides what was shown: a draft reads
 * its form), then waits for them: never longer than `WAIT_MS`, never failing.
 */
export async function finishBeforeLock(): Promise<void> {
  const started = [...pending].map((finish) => {
    try {
      return finish();
    } catch {
      return undefined;
    }
  });
  const all = Promise.allSettled(started);
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, WAIT_MS)))]);
  clearTimeout(timer);
}
