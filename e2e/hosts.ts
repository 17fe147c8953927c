import { _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { join } from 'node:path';
import { spawnShell, stopProcess, type ShellProcess } from './browser-shell';
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

export async function startShellApp(
  browser: Browser,
  dataDir: string,
  options: StartOptions = {},
): Promise<RunningApp & { shell: ShellProcess }> {
  const shell = await spawnShell(join(OUT, 'shell', 'main.js'), dataDir);
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

export async function startElectronApp(
  electronPath: string,
  dataDir: string,
  options: StartOptions = {},
): Promise<RunningApp> {
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
