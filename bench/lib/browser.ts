import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same flags as the `chromium` project in playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium where there is one (as the end-to-end tests use), else Playwright's own. */
export function launchChromium(): Promise<Browser> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface Shell {
  url: string;
  child: ChildProcess;
}

/** `out/shell/main.js --data <dir>`, waiting for the address it prints. */
export async function startShell(dataDir: string): Promise<Shell> {
  const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'shell', 'main.js');
  const child = spawn(process.execPath, [main, '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { url, child };
}

/** Peak resident memory of another process in MB, where the system tells (Linux). */
export function peakRssOf(pid: number | undefined): number | undefined {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return undefined;
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(status, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

export async function stopShell(shell: Shell): Promise<void> {
  if (shell.child.exitCode !== null || shell.child.signalCode !== null) return;
  shell.child.kill('SIGTERM');
  await once(shell.child, 'exit');
}
