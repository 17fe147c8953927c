import { app, dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * Save as PDF in the desktop app: Chromium's own print-to-PDF of the print layout being
 * shown (it shapes Khmer correctly, with the bundled font embedded), then a save dialog.
 */
export function pdfSaver(window: () => BrowserWindow | undefined) {
  return async (fileName: string): Promise<{ saved: boolean; fileName?: string }> => {
    const win = window();
    if (!win) return { saved: false };
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, pdf);
    return { saved: true, fileName: basename(choice.filePath) };
  };
}
