import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The Khmer subset of Noto Sans Khmer, bundled so every PC shows and prints Khmer alike.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import { App } from './app/app';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
