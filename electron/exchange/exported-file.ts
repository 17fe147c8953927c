import type { Language } from '../../shared/i18n/translate';

/** A finished export: the bytes and a suggested name; the IPC handler turns it into an ExportFile. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What every writer needs besides the data. */
export interface WriteOptions {
  language: Language;
  /** Stamped in the files; passed in so the same data gives the same file in tests. */
  now: Date;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
