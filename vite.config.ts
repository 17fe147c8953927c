import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/shell/csp';

/** Puts the Content-Security-Policy into index.html as well as in the hosts' headers. */
const cspMeta: Plugin = {
  name: 'csp-meta',
  transformIndexHtml: (html) => {
    const charset = '<meta charset="UTF-8" />';
    if (!html.includes(charset)) throw new Error('index.html: no charset meta to put the CSP after');
    return html.replace(
      charset,
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
    );
  },
};

/** The renderer bundle, served by Electron's app:// protocol and by the browser shell. */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
