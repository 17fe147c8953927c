/**
 * A worker thread that opens sealed rows for bulk reads (see row-opener.ts). It is given a copy
 * of the data key when it starts and holds it until it is stopped; it reads nothing itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openPacked, type PackedRows } from './packed-rows';

const { key, keyId } = workerData as { key: Uint8Array; keyId: string };
const dataKey = { key: Buffer.from(key), keyId };

parentPort?.on('message', (message: { id: number; rows: PackedRows } | { wipe: true }) => {
  if ('wipe' in message) {
    // Closing: no copy of the key is left behind in this thread's memory.
    dataKey.key.fill(0);
    key.fill(0);
    return;
  }
  const rows = openPacked(dataKey, message.rows);
  parentPort?.postMessage({ id: message.id, rows }, [rows.bytes]);
});
