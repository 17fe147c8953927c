// Imported first (`--import`) into Electronegativity's process by scripts/electronegativity.mjs. The tool tries
// to download translations of its messages with `got` at start; offline (as these PCs and CI
// are), got's retry crashes the process on Node 24 before any check runs. Its English messages
// ship with it, so the download is answered "offline" at once and the checks run as usual.
import Module from 'node:module';

const load = Module._load;
Module._load = function loadWithoutTranslationDownload(request, parent, isMain) {
  if (request === 'got' && parent && /electronegativity[\\/]dist[\\/]locales/.test(parent.filename)) {
    return () => Promise.reject(new Error('offline: translations are not downloaded'));
  }
  return load.call(this, request, parent, isMain);
};
