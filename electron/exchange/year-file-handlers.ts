import { basename } from 'node:path';
import { AppFailure } from '../../shared/ipc/result';
import type { PcRef } from '../../shared/schemas/case';
import type { ChosenFile, JobStatus, YearFileExport } from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import { readDataFilePath, writeFileAtomically, yearFileBytes } from './data-file-stream';
import { placedFileName } from './export-service';
import type { ImportService } from './import-service';
import { Jobs, type JobControl } from './jobs';
import { chosenFile, fileDialogs, forgetFile, forgetFileLater, offerDownload, rememberFile } from './transfers';
import { yearIds, yearRecords } from './year-rows';

export type YearFileChannel =
  'exports:yearFile' | 'imports:chooseFile' | 'imports:previewFile' | 'jobs:progress' | 'jobs:cancel';

export interface YearFileDeps {
  unlocked: Unlocked<{ cases: CaseRepository; imports: ImportService }>;
  appVersion: string;
  pc: () => PcRef;
  now: () => Date;
}

/** Plain v2 files are JSON Lines; protected ones are binary (docs/data-file.md). */
export const yearFileName = (year: number, protectedFile: boolean) =>
  protectedFile ? `cpu-data-${year}-protected.cpudata` : `cpu-data-${year}.jsonl`;
const MEDIA_TYPE = { plain: 'application/jsonl', protected: 'application/octet-stream' };

/** The failures after which the page asks for the passphrase and reads the same file again. */
const asksPassphraseAgain = (error: unknown) =>
  error instanceof AppFailure && (error.code === 'wrong-passphrase' || error.code === 'passphrase-required');

/**
 * The yearly data file to and from a path in main, as a job the page follows and may cancel:
 * Electron asks where with its dialogs; the browser shell offers a one-time download and takes
 * the import as an upload (electron/shell/transfers-routes.ts).
 */
export function yearFileHandlers({ unlocked, appVersion, pc, now }: YearFileDeps): FeatureHandlers<YearFileChannel> {
  const jobs = new Jobs();
  return {
    'exports:yearFile': unlocked(async ({ cases }, { year, passphrase }): Promise<YearFileExport> => {
      // One reading of the clock: the file's name and its header say the same day, even at midnight.
      const at = now();
      const suggested = placedFileName(yearFileName(year, passphrase !== undefined), pc(), at);
      const ids = yearIds(cases, year);
      const header = {
        appVersion,
        pc: pc(),
        exportedAt: at.toISOString(),
        year,
        count: ids.length,
        purged: cases.purgedMarkers(),
      };
      const bytes = (fileName: string, control: JobControl) =>
        yearFileBytes(
          header,
          yearRecords(cases, ids),
          { passphrase, fileName },
          { signal: control.signal, onProgress: (done) => control.progress(done) },
        );
      const dialogs = fileDialogs();
      if (dialogs) {
        const path = await dialogs.saveAs(suggested);
        if (path === undefined) return { job: null, fileName: suggested };
        // A protected file is bound to the name it is saved under.
        const job = jobs.start('export', ids.length, async (control) => {
          await writeFileAtomically(path, bytes(basename(path), control), control.signal);
          return { fileName: basename(path) };
        });
        return { job, fileName: basename(path) };
      }
      let download = '';
      const job = jobs.start(
        'export',
        ids.length,
        (control) =>
          new Promise((resolve, reject) => {
            download = offerDownload({
              fileName: suggested,
              mediaType: passphrase === undefined ? MEDIA_TYPE.plain : MEDIA_TYPE.protected,
              bytes: () => bytes(suggested, control),
              done: (error) => (error === undefined ? resolve({ fileName: suggested }) : reject(error)),
              signal: control.signal,
            });
            control.signal.addEventListener('abort', () => reject(new AppFailure('cancelled', 'Cancelled.')));
          }),
      );
      return { job, fileName: suggested, download: `/__shell/download/${download}` };
    }),
    'imports:chooseFile': unlocked(async (): Promise<ChosenFile | null> => {
      const dialogs = fileDialogs();
      if (!dialogs) throw new AppFailure('unsupported', 'Choose the file with the file field.');
      const path = await dialogs.open();
      return path === undefined ? null : rememberFile(path, path, false);
    }),
    'imports:previewFile': unlocked(({ imports }, { file, passphrase }) => {
      const chosen = chosenFile(file);
      const job = jobs.start('import', 0, async (control) => {
        try {
          const preview = await imports.previewStream(
            (callbacks) => readDataFilePath(chosen.path, { ...callbacks, passphrase, fileName: chosen.fileName }),
            { signal: control.signal, onProgress: (done, total) => control.progress(done, total) },
          );
          // Applying reads the file's lines again: an upload's copy stays until the preview goes.
          imports.whenFileDone(preview.token, forgetFileLater(file));
          return { preview };
        } catch (error) {
          // Kept only when the officer is asked for the passphrase again; a file that failed
          // otherwise, or a cancelled preview, is chosen (uploaded) again, so its copy goes now.
          if (control.signal.aborted || !asksPassphraseAgain(error)) await forgetFile(file);
          throw error;
        }
      });
      return { job };
    }),
    'jobs:progress': unlocked((_services, { job }): JobStatus => jobs.status(job)),
    'jobs:cancel': unlocked((_services, { job }): JobStatus => jobs.cancel(job)),
  };
}
