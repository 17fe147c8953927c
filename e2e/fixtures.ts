import { test as base, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startElectronApp, startShellApp, type RunningApp } from './hosts';

export interface HostOptions {
  host: 'shell' | 'electron';
  electronPath: string | undefined;
}

export interface AppFixture {
  page: Page;
  dataDir: string;
  /** Stops the app and starts it again on the same data folder. */
  restart(): Promise<Page>;
}

/**
 * Every test gets its own data folder, removed afterwards, and the app running on it in
 * the configured host (browser shell in Chromium, or Electron).
 */
export const test = base.extend<HostOptions & { app: AppFixture }>({
  host: ['shell', { option: true }],
  electronPath: [undefined, { option: true }],
  app: async ({ host, electronPath, browser }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cpu-e2e-'));
    const start = (): Promise<RunningApp> =>
      host === 'electron' && electronPath ? startElectronApp(electronPath, dataDir) : startShellApp(browser, dataDir);
    let running = await start();
    try {
      await use({
        get page() {
          return running.page;
        },
        dataDir,
        restart: async () => {
          await running.stop();
          running = await start();
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
