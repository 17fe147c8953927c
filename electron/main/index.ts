import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHost } from '../app/handlers';
import { keepYoungGenerationSmall } from '../app/heap';
import { sqliteProblem } from '../storage/sql';
import { createDispatcher } from '../ipc/dispatcher';
import { registerIpc } from '../ipc/register';
import { Session } from '../session/session';
import { installFileDialogs } from './file-dialogs';
import { installMenu } from './menu';
import { pdfSaver } from './pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllContents } from './security';
import { electronStoreStorage } from './stores';
import { lockWithTheSystem } from './system-lock';
import { createMainWindow, preloadFile } from './window';

// Before anything allocates much: see electron/app/heap.ts.
keepYoungGenerationSmall();

/** Thin Electron glue: every decision lives in modules that the browser shell shares. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// Tests and the Electron e2e project give each run its own folder; packaged builds never do.
if (!app.isPackaged && process.env.CPU_DATA_DIR) app.setPath('userData', process.env.CPU_DATA_DIR);

// The case data lives in node:sqlite: a runtime without it must not start (nothing is written).
// Unpackaged test runs can switch it off to see this refusal (e2e/electron-only.spec.ts).
const noSqlite =
  !app.isPackaged && process.env.CPU_TEST_NO_SQLITE === '1'
    ? 'node:sqlite switched off for this test run'
    : sqliteProblem();

if (noSqlite) {
  // Before `ready`, on Linux this prints to stderr; on Windows and macOS it is a message box.
  dialog.showErrorBox(
    'CPU Case Register cannot start',
    `The case database cannot be opened: ${noSqlite}. Nothing was changed. Install the current version of the app.`,
  );
  app.exit(78);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenAllContents();
    serveRenderer(join(outDir, 'renderer'));
    installMenu();
    // Only the error's name is logged: messages can quote data.
    const logError = (what: string, error: unknown) => console.error(`${what} failed:`, (error as Error).name);
    const storage = electronStoreStorage();
    // Starts locked: the data key exists only in this process, from unlock to lock.
    const session = new Session({ dir: storage.dir });
    lockWithTheSystem(session, () => mainWindow);
    installFileDialogs(() => mainWindow);
    const host = createHost(storage, { version: app.getVersion(), host: 'electron' }, undefined, {
      savePdf: pdfSaver(() => mainWindow),
      session,
      logError,
    });
    try {
      host.claimDataFolder();
    } catch (error) {
      dialog.showErrorBox('CPU Case Register cannot start', (error as Error).message);
      app.exit(1);
      return;
    }
    // On quit: a backup while unlocked, then the database is closed; quitting waits for both.
    let shutDown = false;
    app.on('before-quit', (event) => {
      if (shutDown) return;
      event.preventDefault();
      shutDown = true;
      void host.shutdown().finally(() => app.quit());
    });
    const dispatch = createDispatcher(host.handlers, {
      logError: (channel, error) => logError(`IPC ${channel}`, error),
    });
    registerIpc(ipcMain, dispatch, () => mainWindow?.webContents.mainFrame);
    mainWindow = createMainWindow(preloadFile(outDir));
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });
}
