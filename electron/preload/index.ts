import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/ipc/api';

/**
 * Exposes one method per contract channel as `window.cpu`; never `ipcRenderer` itself.
 * Every answer is already a `Result`, checked and shaped by the main process.
 */
contextBridge.exposeInMainWorld(
  'cpu',
  createApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
