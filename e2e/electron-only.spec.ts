import { expect, test } from './fixtures';
import { LockPage } from './pages/lock-page';
import { E2E_PASSPHRASE } from './session';

/**
 * What only the desktop app does: Electron's own refusals, and locking with the OS. The
 * browser shell has none of these (a browser decides them), so these run in the Electron
 * project only; their main-process code is unit-tested in electron/main/security.test.ts.
 */
test.beforeEach(({ host }) => {
  test.skip(!(host === 'electron'), 'Electron only: the browser-shell project has no Electron window to test');
});

test('navigation away from the app is refused', async ({ app }) => {
  const page = app.page;
  const electron = app.electron;
  if (!electron) throw new Error('the Electron project starts the app in Electron');
  const before = page.url();
  expect(before).toMatch(/^app:\/\/cpu\//);
  // Main's answer to the attempt: its will-navigate handler (main/security.ts, added when the
  // window was made) runs before this one, so the event arrives here already refused or not.
  const attempt = await electron.evaluateHandle(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    if (!win) throw new Error('the app has no window');
    return {
      answer: new Promise<{ url: string; refused: boolean }>((resolve) => {
        win.webContents.once('will-navigate', (event) => resolve({ url: event.url, refused: event.defaultPrevented }));
      }),
    };
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  expect(await attempt.evaluate((a) => a.answer)).toEqual({ url: 'https://example.com/', refused: true });
  expect(page.url()).toBe(before);
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Case summaries' })).toBeVisible();
});

test('new windows are refused', async ({ app }) => {
  const opened = await app.page.evaluate(() => window.open('https://example.com/', '_blank') === null);
  expect(opened).toBe(true);
  expect(app.electron?.windows()).toHaveLength(1);
});

test('permission requests are refused', async ({ app }) => {
  const answers = await app.page.evaluate(async () => ({
    notifications: await Notification.requestPermission(),
    media: await navigator.mediaDevices.getUserMedia({ audio: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
    geolocation: await new Promise<string>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve('granted'),
        (error) => resolve(String(error.code)),
      ),
    ),
  }));
  expect(answers).toEqual({ notifications: 'denied', media: 'NotAllowedError', geolocation: '1' });
});

test('locking the PC locks the app and clears the page', async ({ app }) => {
  const page = app.page;
  await app.electron?.evaluate(({ powerMonitor }) => {
    powerMonitor.emit('lock-screen');
  });
  const lock = new LockPage(page);
  await lock.expectLocked();
  await expect(page.getByText('The app locked itself. Sign in to continue.')).toBeVisible();
  await lock.unlock(E2E_PASSPHRASE);
  await lock.expectApp();
});
