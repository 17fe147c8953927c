import { AppFailure } from '../../shared/ipc/result';
import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';

/** Prints the shown page to PDF where the officer picks; `saved: false` if they cancel. */
export type SavePdf = (fileName: string) => Promise<{ saved: boolean; fileName?: string }>;

/**
 * Printing: saving a print layout as a PDF (only a host with a window of its own can:
 * Electron), and the page's word that it printed, for the access log.
 */
export function printHandlers(
  unlocked: Unlocked<unknown>,
  savePdf: SavePdf | undefined,
): FeatureHandlers<'print:savePdf' | 'print:printed'> {
  return {
    // The page shown while locked is the lock screen; nothing else is printed then.
    'print:savePdf': unlocked((_data, { fileName }) => {
      if (!savePdf) throw new AppFailure('unsupported', 'This host cannot save PDFs itself.');
      return savePdf(fileName);
    }),
    // The access log records it (app/access.ts); nothing else to do.
    'print:printed': unlocked(() => null),
  };
}
