import {
  chromium,
  defineConfig,
  type PlaywrightTestOptions,
  type PlaywrightWorkerOptions,
  type Project,
} from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser-shell';
import type { HostOptions } from './e2e/fixtures';

const require = createRequire(import.meta.url);
const isMainProcess = process.env.TEST_WORKER_INDEX === undefined;

/**
 * The Electron binary, when `npm install` was allowed to download it. Read from the
 * package's `path.txt` rather than `require('electron')`, which tries to download it.
 */
function electronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(override ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const electron = electronBinary();
if (isMainProcess && !electron) {
  console.log(
    '[e2e] Electron project skipped: no Electron binary is installed ' +
      '(ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no network). The same specs run in the browser shell.',
  );
}

const projects: Project<PlaywrightTestOptions & HostOptions, PlaywrightWorkerOptions>[] = [
  {
    name: 'chromium',
    use: {
      host: 'shell',
      browserName: 'chromium',
      launchOptions: {
        executablePath: chromiumExecutable(chromium.executablePath()),
        args: CHROMIUM_ARGS,
      },
    },
  },
];
if (electron) {
  projects.push({ name: 'electron', use: { host: 'electron', electronPath: electron }, testIgnore: /shell-only/ });
}

export default defineConfig<HostOptions>({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects,
});
