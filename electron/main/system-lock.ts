import { powerMonitor, type BrowserWindow } from 'electron';
import { LOCKED_EVENT } from '../../shared/ipc/api';
import type { Session } from '../session/session';

/**
 * Locks the app when the officer locks the PC or it goes to sleep, and tells the page at
 * once, so it drops what it was showing rather than on its next request. (Locks the page
 * asks for itself, by hand or when idle, need no telling.)
 */
export function lockWithTheSystem(session: Session, window: () => BrowserWindow | undefined): void {
  const lock = () => {
    session.lock();
    window()?.webContents.send(LOCKED_EVENT);
  };
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
}
