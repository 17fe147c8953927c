import { _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { unlockThroughApi } from './session';

const OUT = join(import.meta.dirname, '..', 'out');

/** A running app on one data folder: the browser shell or Electron. */
export interface RunningApp {
  page: Page;
  stop(): Promise<void>;
  /** The Electron application, to reach the main process (Electron host only). */
  electron?: ElectronApplication;
}

export interface StartOptions {
  /** Set up or unlock through the page's API after start (default); false leaves the lock screen. */
  unlock?: boolean;
}

export interface ShellProcess {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
}

/** Starts `out/shell/main.js` on a data folder and waits for the address it prints. */
export async function spawnShell(dataDir: string): Promise<ShellProcess> {
  const child = spawn(process.execPath, [join(OUT, 'shell', 'main.js'), '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`shell did not start:\n${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`shell exited (${code}):\n${output}`)));
  });
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', child };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

export async function startShellApp(browser: Browser, dataDir: string, options: StartOptions = {}): Promise<RunningApp & { shell: ShellProcess }> {
  const shell = await spawnShell(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(shell.url);
  if (options.unlock !== false) await unlockThroughApi(page);
  return {
    page,
    shell,
    stop: async () => {
      await context.close();
      await stopProcess(shell.child);
    },
  };
}

export async function startElectronApp(electronPath: string, dataDir: string, options: StartOptions = {}): Promise<RunningApp> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronPath,
    args: [join(OUT, 'main', 'index.js')],
    env: { ...process.env, CPU_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState();
  if (options.unlock !== false) await unlockThroughApi(page);
  return { page, electron: app, stop: () => app.close() };
}
