import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer bundle, served by Electron's app:// protocol and by the browser shell. */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
