import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { useFileDialogs } from '../exchange/transfers';

const FILTERS = [{ name: 'CPU Case Register data file', extensions: ['cpudata', 'jsonl', 'json'] }];

/** The save and open dialogs of the yearly data file: main then streams to or from the path. */
export function installFileDialogs(window: () => BrowserWindow | undefined): void {
  useFileDialogs({
    saveAs: async (suggestedName) => {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: FILTERS };
      const owner = window();
      const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? undefined : answer.filePath;
    },
    open: async () => {
      const options = { properties: ['openFile' as const], filters: FILTERS };
      const owner = window();
      const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? undefined : answer.filePaths[0];
    },
  });
}
