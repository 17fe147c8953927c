import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_HOST, APP_SCHEME } from './protocol';

/** The one app window: isolated, sandboxed, no Node in the page. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'CPU Case Register',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: !app.isPackaged,
      spellcheck: false,
      // A middle-click would open a link in a new window; the window handler refuses it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
  return win;
}

export const preloadFile = (outDir: string) => join(outDir, 'preload', 'index.cjs');
