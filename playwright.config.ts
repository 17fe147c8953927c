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
import type { HostOptions } from './e2e/fixtures';

const require = createRequire(import.meta.url);
const isMainProcess = process.env.TEST_WORKER_INDEX === undefined;

/** Debian's Chromium where there is one, else Playwright's own; say what to install if neither. */
function chromiumExecutable(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) ' +
      'or `npx playwright install chromium`.',
  );
}

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
        executablePath: chromiumExecutable(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
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
