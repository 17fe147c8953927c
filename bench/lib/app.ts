import { createHandlers } from '../../electron/app/handlers';
import { createDispatcher } from '../../electron/ipc/dispatcher';
import { Session } from '../../electron/session/session';
import type { Codec } from '../../electron/storage/codec';
import { confStorage } from '../../electron/storage/conf-location';
import { sealedCodec } from '../../electron/storage/sealed-codec';

/** The passphrase every benchmark data folder is set up with. */
export const BENCH_PASSPHRASE = 'bench: seven long mango trees by the Mekong';

export interface BenchApp {
  /** One request through the same dispatcher and handlers as both hosts; throws on a failure result. */
  call<T>(channel: string, payload: unknown): Promise<T>;
  /** The codec the app reads and writes case data with while unlocked (AES-256-GCM), for timing its parts. */
  codec: Codec;
}

/**
 * The main process's logic on a data folder exactly as the browser shell runs it (conf in
 * an explicit folder, the encrypted stores with their backups), minus the transport. The
 * folder is set up with the benchmark's passphrase on first use (which encrypts plain files
 * in place) and unlocked otherwise; neither is part of any figure.
 */
export async function openApp(dir: string): Promise<BenchApp> {
  const session = new Session({ dir });
  const handlers = createHandlers(confStorage(dir), { version: 'bench', host: 'browser-shell' }, undefined, {
    session,
    logError: (what, error) => console.error(`[bench] ${what}:`, error),
  });
  const dispatch = createDispatcher(handlers, { logError: (channel, error) => console.error(`[bench] ${channel} failed:`, error) });
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const { state } = await call<{ state: string }>('session:status', {});
  if (state === 'setup') await call('session:setup', { passphrase: BENCH_PASSPHRASE });
  else if (state === 'locked') await call('session:unlock', { passphrase: BENCH_PASSPHRASE });
  return { call, codec: sealedCodec(() => session.dataKey()) };
}

/** The unlocked data key's codec for a folder, without the handlers: for reading the stores directly. */
export async function unlockedCodec(dir: string): Promise<Codec> {
  const session = new Session({ dir });
  await session.unlock(BENCH_PASSPHRASE);
  return sealedCodec(() => session.dataKey());
}
