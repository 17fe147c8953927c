import { app, ipcMain, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { registerIpc } from '../ipc/register';
import { Session } from '../session/session';
import { installMenu } from './menu';
import { pdfSaver } from './pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllContents } from './security';
import { electronStoreStorage } from './stores';
import { lockWithTheSystem } from './system-lock';
import { createMainWindow, preloadFile } from './window';

/** Thin Electron glue: every decision lives in modules that the browser shell shares. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// Tests and the Electron e2e project give each run its own folder; packaged builds never do.
if (!app.isPackaged && process.env.CPU_DATA_DIR) app.setPath('userData', process.env.CPU_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
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
    const dispatch = createDispatcher(
      createHandlers(storage, { version: app.getVersion(), host: 'electron' }, undefined, {
        savePdf: pdfSaver(() => mainWindow),
        session,
        logError,
      }),
      { logError: (channel, error) => logError(`IPC ${channel}`, error) },
    );
    registerIpc(ipcMain, dispatch, () => mainWindow?.webContents.mainFrame);
    mainWindow = createMainWindow(preloadFile(outDir));
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });
}
