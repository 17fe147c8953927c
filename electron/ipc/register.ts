import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { Dispatch } from './dispatcher';

/** The custom scheme and host the UI is served from; see `protocol.ts`. */
export const APP_ORIGIN = 'app://cpu';

type SenderFrame = Pick<WebFrameMain, 'url'> | null | undefined;

/**
 * True only for our own window's main frame showing our own origin. Sub-frames, other
 * windows and pages that navigated elsewhere are refused.
 */
export function isTrustedSender(senderFrame: SenderFrame, mainFrame: SenderFrame): boolean {
  if (!senderFrame || !mainFrame || senderFrame !== mainFrame) return false;
  return senderFrame.url.startsWith(`${APP_ORIGIN}/`);
}

type HandleOnly = Pick<IpcMain, 'handle'>;

/**
 * Registers one `ipcMain.handle` per contract channel, each through the dispatcher and the
 * sender check. Registering twice is a programming error and throws.
 */
export function registerIpc(ipcMain: HandleOnly, dispatch: Dispatch, getMainFrame: () => SenderFrame): void {
  const seen = new Set<string>();
  for (const channel of CHANNELS) {
    if (seen.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
    seen.add(channel);
    ipcMain.handle(channel, (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, getMainFrame())) {
        return fail('forbidden-sender', 'Request refused: it did not come from the app window.');
      }
      return dispatch(channel, payload);
    });
  }
}
