import { fail, type Result } from '../../shared/ipc/result';
import type { ChosenFile, ExportFile } from '../../shared/schemas/exchange';

/**
 * Hands a file built by the main process to the officer as a download: the browser asks
 * where to save it, and Electron shows its own save dialog for the same download.
 */
export function downloadFile(file: ExportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Starts a download the browser shell streams from a one-time address (the yearly data file). */
export function downloadFrom(address: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = address;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Browser shell only: streams a chosen file to main (`POST /__shell/upload`), which keeps it in
 * the data folder until the import has read it; the page never holds the whole file.
 */
export async function uploadFile(file: File): Promise<Result<ChosenFile>> {
  try {
    const response = await fetch(`/__shell/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    // The shell answers with a Result, as its other routes do.
    return (await response.json()) as Result<ChosenFile>;
  } catch {
    return fail('internal', 'The app service is not running. Restart the app; nothing was saved.');
  }
}
