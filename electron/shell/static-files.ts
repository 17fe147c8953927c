import { readFile } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';

/**
 * Maps a URL path to a file inside the built renderer folder, refusing anything that
 * would escape it (`..`, encoded slashes, absolute paths). `/` serves `index.html`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, normalize(relative));
  return full.startsWith(base + sep) ? full : undefined;
}

export async function readStatic(root: string, urlPath: string): Promise<Buffer | undefined> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return undefined;
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}
