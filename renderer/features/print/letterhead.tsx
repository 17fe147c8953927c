import { translate } from '../../../shared/i18n/translate';
import type { Settings } from '../../../shared/schemas/settings';
import { useI18n } from '../../lib/i18n';

export type LetterheadSettings = Pick<Settings, 'unitName' | 'unitAddress' | 'directorName' | 'directorTitle'>;

/** How the annual report is headed for this print: the national heading or not, and its reference number. */
export interface ReportHeading {
  national: boolean;
  reference: string;
}

/** The reference a report starts with (editable before printing): the unit's annual report, year, number. */
export const defaultReference = (year: number) => `CPU/AR/${year}/001`;

/**
 * The top of the annual report: the national heading when it goes to the Ministry ("Kingdom of
 * Cambodia / Nation Religion King", in Khmer, with the English under it in an English report),
 * the unit's name and address as the unit set them, and the reference number.
 */
export function Letterhead({ settings, heading }: { settings: LetterheadSettings; heading: ReportHeading }) {
  const { t, language } = useI18n();
  const unit = settings.unitName || t('print.unit');
  return (
    <header className="letterhead">
      {heading.national ? (
        <div className="national-heading" lang="km">
          <p className="kingdom">{translate('km', 'print.national.kingdom')}</p>
          <p className="motto">{translate('km', 'print.national.motto')}</p>
          {language === 'km' ? null : (
            <div lang="en">
              <p className="kingdom">{t('print.national.kingdom')}</p>
              <p className="motto">{t('print.national.motto')}</p>
            </div>
          )}
          <p className="ornament" aria-hidden="true" />
        </div>
      ) : null}
      <div className="unit">
        <p className="unit-name">{unit}</p>
        {settings.unitAddress ? <p className="unit-address">{settings.unitAddress}</p> : null}
        {heading.reference ? <p className="reference">{t('print.referenceLine', { ref: heading.reference })}</p> : null}
      </div>
    </header>
  );
}

/** The director's signature block: a line to sign on, the name and title as the unit set them, a date line. */
export function SignatureBlock({ settings }: { settings: LetterheadSettings }) {
  const { t } = useI18n();
  const line = (label: string, value: string) => (
    <div className="signature-line">
      <span className="signature-label">{label}</span>
      <span className="signature-value">{value}</span>
    </div>
  );
  return (
    <section className="signature-block" aria-label={t('print.signature.heading')}>
      <p className="signature-heading">{t('print.signature.heading')}</p>
      {line(t('print.signature.sign'), '')}
      {line(t('print.signature.date'), '')}
      {line(t('print.signature.name'), settings.directorName)}
      {line(t('print.signature.title'), settings.directorTitle)}
    </section>
  );
}
