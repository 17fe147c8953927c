import { contextBridge, ipcRenderer } from 'electron';
import { createApi, LOCKED_EVENT, type AppEvents } from '../../shared/ipc/api';

/**
 * Exposes one method per contract channel as `window.cpu`; never `ipcRenderer` itself.
 * Every answer is already a `Result`, checked and shaped by the main process.
 */
contextBridge.exposeInMainWorld(
  'cpu',
  createApi((channel, input) => ipcRenderer.invoke(channel, input)),
);

/** The one event main sends unasked: the app locked (OS lock, sleep). Only a callback crosses. */
const events: AppEvents = {
  onLocked: (listener) => {
    ipcRenderer.on(LOCKED_EVENT, () => listener());
  },
};
contextBridge.exposeInMainWorld('cpuEvents', events);
