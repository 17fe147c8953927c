import { createApi, type Invoke } from '../../shared/ipc/api';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/**
 * Runs in the page served by the browser shell, before the app: defines `window.cpu`
 * exactly as the Electron preload does, over HTTP instead of IPC.
 */
const token = document.querySelector<HTMLMetaElement>('meta[name="cpu-shell-token"]')?.content ?? '';

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'The app service is not running. Restart the app; nothing was saved.' },
};

const invoke: Invoke = async <C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
  try {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CPU-Token': token },
      body: JSON.stringify(input),
    });
    // The shell answers with the dispatcher's Result for this channel.
    return (await response.json()) as Result<Output<C>>;
  } catch {
    return unreachable;
  }
};
const api = createApi(invoke);

Object.defineProperty(window, 'cpu', { value: Object.freeze(api), writable: false, configurable: false });
