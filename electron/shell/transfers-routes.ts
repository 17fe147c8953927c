import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fail } from '../../shared/ipc/result';
import { rememberFile, takeDownload } from '../exchange/transfers';
import { SECURITY_HEADERS } from './csp';

/** The largest upload an import takes: well above a protected year of 30,000 summaries. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';
/** Where uploads wait in the data folder until main has read them. */
export const UPLOADS = 'import-uploads';

const answer = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** GET /__shell/download/<token>: the export streamed once; a cancel ends it without a whole file. */
export async function serveDownload(res: ServerResponse, token: string): Promise<void> {
  const download = takeDownload(token);
  if (!download) return answer(res, 404, fail('not-found', 'This download was already taken or cancelled.'));
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': download.mediaType,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
    'Cache-Control': 'no-store',
  });
  try {
    for await (const piece of download.bytes(download.signal)) {
      if (!res.write(piece)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
    download.done();
  } catch (error) {
    // The browser sees the download fail, and keeps no finished file.
    res.destroy();
    download.done(error);
  }
}

/** POST /__shell/upload?name=<file name>: a file for import, streamed into the data folder. */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, dataDir: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const name = (url.searchParams.get('name') ?? '').slice(0, 255);
  if (!name) return answer(res, 400, fail('invalid-input', 'The upload has no file name.'));
  const folder = join(dataDir, UPLOADS);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${randomUUID()}.upload`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      callback(size > MAX_UPLOAD_BYTES ? new Error('too large') : null, chunk);
    },
  });
  try {
    await pipeline(req, limit, createWriteStream(path, { flags: 'wx' }));
  } catch {
    await rm(path, { force: true });
    return answer(res, 413, fail('file-too-large', 'The file is too large or did not arrive whole.'));
  }
  answer(res, 200, { ok: true, value: await rememberFile(path, name, true) });
}

/** Uploads left by a shell that stopped before reading them. */
export const clearUploads = (dataDir: string) => rm(join(dataDir, UPLOADS), { recursive: true, force: true });
