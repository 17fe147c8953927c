import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { ChosenFile } from '../../shared/schemas/exchange';
import { MAGIC } from './chunked-envelope';
import { ENCRYPTED_FORMAT } from './envelope';

/**
 * Where yearly data files go and come from. Electron's main sets dialogs (electron/main/
 * file-dialogs.ts); without them (the browser shell, tests) an export is offered as a one-time
 * download and an import arrives as an upload into the data folder.
 */
export interface FileDialogs {
  saveAs(suggestedName: string): Promise<string | undefined>;
  open(): Promise<string | undefined>;
}

let dialogs: FileDialogs | undefined;
export const useFileDialogs = (value: FileDialogs | undefined) => void (dialogs = value);
export const fileDialogs = () => dialogs;

export interface Download {
  fileName: string;
  mediaType: string;
  /** Streams the file; called once, when the page asks for it. */
  bytes: (signal: AbortSignal) => AsyncIterable<Buffer>;
  /** Told when the download ended: finished, failed or cancelled. */
  done: (error?: unknown) => void;
  signal: AbortSignal;
}

const downloads = new Map<string, Download>();

/** A download the page fetches once at `/__shell/download/<token>` (the session cookie required). */
export function offerDownload(download: Download): string {
  const token = randomUUID();
  downloads.set(token, download);
  download.signal.addEventListener('abort', () => downloads.delete(token), { once: true });
  return token;
}

export function takeDownload(token: string): Download | undefined {
  const download = downloads.get(token);
  downloads.delete(token);
  return download;
}

interface Chosen {
  path: string;
  fileName: string;
  /** An upload's copy, removed once read. */
  temporary: boolean;
}

const chosen = new Map<string, Chosen>();

/** Remembers a file the officer chose (a dialog's path or an upload's copy) for `imports:previewFile`. */
export async function rememberFile(path: string, fileName: string, temporary: boolean): Promise<ChosenFile> {
  const file = randomUUID();
  chosen.set(file, { path, fileName: basename(fileName), temporary });
  return { file, fileName: basename(fileName), protected: await isProtected(path) };
}

export function chosenFile(file: string): Chosen {
  const found = chosen.get(file);
  if (!found) throw new AppFailure('import-expired', 'Choose the file again.');
  return found;
}

/** Forgets a chosen file; an upload's copy is removed. */
export async function forgetFile(file: string): Promise<void> {
  const found = chosen.get(file);
  chosen.delete(file);
  if (found?.temporary) await rm(found.path, { force: true });
}

/**
 * Forgets a chosen file now (it cannot be previewed again), but an upload's copy is removed
 * only by the function returned: an import preview reads the file again when applied.
 */
export function forgetFileLater(file: string): () => Promise<void> {
  const found = chosen.get(file);
  chosen.delete(file);
  return async () => {
    if (found?.temporary) await rm(found.path, { force: true });
  };
}

async function isProtected(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const start = Buffer.alloc(512);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    const head = start.subarray(0, bytesRead);
    return head.subarray(0, MAGIC.length).equals(MAGIC) || head.toString('utf8').includes(`"${ENCRYPTED_FORMAT}"`);
  } finally {
    await handle.close();
  }
}
