import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { ZodError } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import { StoreFormatError, type Codec } from './codec';

/** The part of conf's API the app uses; electron-store is a subclass, so both fit. */
export interface StoreFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Options both hosts pass: conf with an explicit folder, electron-store in Electron. */
export function storeOptions(codec: Codec) {
  return {
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    serialize: codec.serialize,
    deserialize: codec.deserialize,
  } as const;
}

/**
 * A folder of store files. `open` is conf or electron-store; names are without `.json`.
 */
export interface StoreLocation {
  readonly dir: string;
  open(name: string): StoreFile;
  /** Names of the store files present in the folder. */
  names(): string[];
}

/**
 * A host's data folder: it opens the folder's stores through its own library (conf in the
 * browser shell and tests, electron-store in Electron) with the codec it is given, so
 * plain and encrypted stores can sit side by side.
 */
export interface HostStorage {
  readonly dir: string;
  location(codec: Codec): StoreLocation;
}

export function listStoreNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Why a file could not be read, in words an officer can act on. */
export function describeLoadError(error: unknown): string {
  if (error instanceof SyntaxError) return 'the file is not valid JSON (damaged or cut short)';
  if (error instanceof StoreFormatError) return error.message;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    return `a record breaks the rules${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'the app is not allowed to read the file';
  return 'the file could not be read';
}

export function unreadable(path: string, error: unknown): AppFailure {
  const file = basename(path);
  const reason = describeLoadError(error);
  return new AppFailure(
    'store-unreadable',
    `The data file ${file} could not be opened: ${reason}. It has not been changed.`,
    { file, reason },
  );
}
