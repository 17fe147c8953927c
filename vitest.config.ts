import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workerDefines } from './scripts/worker-source.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        // The row-opener worker's code, as the app's build gives it (so tests start real worker threads).
        define: workerDefines(),
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts'],
          // Many tests set up an encrypted folder (scrypt) and run backups; on a busy 2-core machine one took over 7 s.
          testTimeout: 30_000,
          // electron-store imports `electron`; inline it so the test's mock of `electron` applies.
          server: { deps: { inline: ['electron-store'] } },
          // Each test's data folder is removed after it; its database connection goes first.
          setupFiles: ['electron/testing/close-databases.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx'],
          // Whole screens render in jsdom; on a busy 2-core machine one can take over 10 s.
          testTimeout: 30_000,
          setupFiles: ['renderer/test/setup.ts'],
        },
      },
    ],
  },
});
