import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import { yearFromFileName } from './legacy-year-file';
import { writeFileAtomic } from '../storage/atomic-file';
import { jsonCodec, type Codec } from '../storage/codec';
import { isSealedText } from '../storage/sealed-codec';
import { listStoreNames } from '../storage/store-location';
import { dbExists } from '../storage/case-db';

/** Stores that hold case data or notes about it, and so are encrypted: year files, drafts, year settings. */
export const isSealedStore = (name: string) =>
  yearFromFileName(name) !== undefined || name === 'drafts' || name === 'years';

const read = (dir: string, name: string) => readFileSync(join(dir, `${name}.json`), 'utf8');

/**
 * Before a first set-up: encrypted stores here without a key file mean `keys.json` was
 * lost or moved. A new key would not open them, so set-up is refused rather than hiding them.
 */
export function assertNoOrphanedStores(dir: string): void {
  if (dbExists(dir)) {
    throw new AppFailure(
      'keys-missing',
      'This data folder holds the case database (cases.db) but no key file. Put keys.json back (a copy is kept in backups/keys).',
      {
        file: 'cases.db',
      },
    );
  }
  const sealed = listStoreNames(dir).filter((name) => isSealedStore(name) && isSealedText(read(dir, name)));
  if (sealed.length > 0) {
    throw new AppFailure(
      'keys-missing',
      `This data folder holds encrypted files (${sealed[0]}.json) but no key file. Put keys.json back (a copy is kept in backups/keys).`,
      { file: `${sealed[0]}.json` },
    );
  }
}

/**
 * Right after the first set-up: stores written before encryption existed are encrypted in
 * place. One that does not read as a JSON object is left as it is, to be reported by name.
 */
export function sealPlainStores(dir: string, codec: Codec): string[] {
  const sealed: string[] = [];
  for (const name of listStoreNames(dir).filter(isSealedStore)) {
    const text = read(dir, name);
    if (isSealedText(text)) continue;
    let value: Record<string, unknown>;
    try {
      value = jsonCodec.deserialize(text);
    } catch {
      continue;
    }
    writeFileAtomic(join(dir, `${name}.json`), codec.serialize(value));
    sealed.push(name);
  }
  return sealed;
}
