import type { AppApi } from '../shared/ipc/api';

declare global {
  interface Window {
    /** The app's API as the preload (or the browser shell) defines it; used to seed data. */
    readonly cpu: AppApi;
  }
}
