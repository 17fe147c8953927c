import { test as base, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startElectronApp, startShellApp, type RunningApp } from './hosts';

export interface HostOptions {
  host: 'shell' | 'electron';
  electronPath: string | undefined;
  /** Set up and unlock the data transparently (default); security specs turn it off. */
  unlocked: boolean;
}

export interface AppFixture {
  page: Page;
  dataDir: string;
  /**
   * Stops the app and starts it again on the same data folder (unlocked again, unless `unlocked`
   * is off); `whileStopped` runs in between, when no app holds the data folder.
   */
  restart(options?: { unlocked?: boolean; whileStopped?: () => Promise<void> }): Promise<Page>;
  /** The Electron application when the host is Electron (to drive the main process). */
  readonly electron: ElectronApplication | undefined;
}

/**
 * Every test gets its own data folder, removed afterwards, and the app running on it in
 * the configured host (browser shell in Chromium, or Electron), set up with the e2e
 * passphrase and unlocked, so specs start on the app itself.
 */
export const test = base.extend<HostOptions & { app: AppFixture }>({
  host: ['shell', { option: true }],
  electronPath: [undefined, { option: true }],
  unlocked: [true, { option: true }],
  app: async ({ host, electronPath, unlocked, browser }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cpu-e2e-'));
    const start = (unlock = unlocked): Promise<RunningApp> =>
      host === 'electron' && electronPath
        ? startElectronApp(electronPath, dataDir, { unlock })
        : startShellApp(browser, dataDir, { unlock });
    let running = await start();
    try {
      await use({
        get page() {
          return running.page;
        },
        get electron() {
          return running.electron;
        },
        dataDir,
        restart: async (options = {}) => {
          await running.stop();
          await options.whileStopped?.();
          running = await start(options.unlocked);
          return running.page;
        },
      });
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
