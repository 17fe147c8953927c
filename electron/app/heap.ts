import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation in the main process small (a few megabytes, some tens at most)
 * instead of letting it double, up to 128 MB, while a long import or export
 * allocates: that growth was a third of the main process's peak memory. Node's own switch for
 * it, `--max-semi-space-size`, is read only when the heap is set up, and Electron's main process
 * takes V8 flags only from its command line (`--js-flags`), which a packaged app's shortcut does
 * not carry. The growth factor, though, is read each time the young generation would grow, and
 * both Node and Electron's main process leave V8's flags open to change after start-up. Both
 * hosts call this first thing; the benchmark's measuring processes too.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
