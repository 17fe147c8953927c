import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';

/** Chromium flags for tests and the benchmark: no sandbox (containers), nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium where there is one, else Playwright's own; say what to install if neither. */
export function chromiumExecutable(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) ' +
      'or `npx playwright install chromium`.',
  );
}

export interface ShellProcess {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
}

/** Starts the built browser shell (`out/shell/main.js`) on a data folder and waits for the address it prints. */
export async function spawnShell(shellMain: string, dataDir: string): Promise<ShellProcess> {
  const child = spawn(process.execPath, [shellMain, '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the browser shell did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the browser shell exited (${code}):\n${output}`)));
  });
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', child };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
