import type { Language } from '../../shared/i18n/translate';
import type { PcRef } from '../../shared/schemas/case';
import type { CaseRepository } from '../cases/case-repository';
import type { FeatureHandlers, Officer, Unlocked } from '../ipc/handler-kit';
import type { YearSettingsRepository } from '../years/year-settings-repository';
import { createExport } from './export-service';
import type { ImportService } from './import-service';
import { yearFileHandlers, type YearFileChannel } from './year-file-handlers';
import { yearSummaries } from './year-rows';

type ExchangeChannel = 'exports:create' | 'imports:preview' | 'imports:apply' | 'imports:cancel' | YearFileChannel;

export interface ExchangeDeps {
  unlocked: Unlocked<{ cases: CaseRepository; years: YearSettingsRepository; imports: ImportService }>;
  officer: Officer;
  appVersion: string;
  /** This PC, named in every file it writes. */
  pc: () => PcRef;
  language: () => Language;
  now: () => Date;
}

/** Yearly data files and tables out; other PCs' data files in, previewed before anything is written. */
export function exchangeHandlers({
  unlocked,
  officer,
  appVersion,
  pc,
  language,
  now,
}: ExchangeDeps): FeatureHandlers<ExchangeChannel> {
  return {
    ...yearFileHandlers({ unlocked, appVersion, pc, now }),
    'exports:create': unlocked(({ cases, years }, request) =>
      createExport(request, {
        appVersion,
        pc: pc(),
        language: language(),
        now: now(),
        ofYear: yearSummaries(cases, request.year),
        // Read only by the formats that compute totals (not the case-level CSV).
        get allFacts() {
          return cases.allFacts();
        },
        purged: cases.purgedMarkers(),
        settings: years.get(request.year),
        previousSettings: years.get(request.year - 1),
      }),
    ),
    'imports:preview': unlocked(({ imports }, { content, passphrase }) => imports.preview(content, passphrase)),
    'imports:apply': unlocked(({ imports }, { token, resolutions }) => imports.apply(token, resolutions, officer())),
    'imports:cancel': unlocked(({ imports }, { token }) => imports.cancel(token)),
  };
}
