import type { Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable, spawnShell, stopProcess, type ShellProcess } from '../../e2e/browser-shell';

/**
 * Debian's Chromium where there is one (as the end-to-end tests use), else Playwright's own.
 * Playwright is loaded here, not at the top: every measuring process starts from this bundle,
 * and Playwright's client (about 80 MB resident) would count in the peak memory of measures
 * that never drive a browser, as no part of the app's main process.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: chromiumExecutable(chromium.executablePath()), args: CHROMIUM_ARGS });
}

export type Shell = ShellProcess;

/** `out/shell/main.js --data <dir>`, waiting for the address it prints. */
export function startShell(dataDir: string): Promise<Shell> {
  return spawnShell(join(dirname(fileURLToPath(import.meta.url)), '..', 'shell', 'main.js'), dataDir);
}

/** Peak resident memory of another process in MB, where the system tells (Linux). */
export function peakRssOf(pid: number | undefined): number | undefined {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return undefined;
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(status, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

export const stopShell = (shell: Shell): Promise<void> => stopProcess(shell.child);
