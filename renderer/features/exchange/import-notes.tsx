import { useId } from 'react';
import type { ImportItem, ImportPreview } from '../../../shared/schemas/exchange';
import { useI18n } from '../../lib/i18n';

/** The years the import would write into, so an officer sees a summary headed for a year before it is saved. */
export function ImportYears({ years }: { years: ImportPreview['years'] }) {
  const { t, formatNumber } = useI18n();
  if (years.length === 0) return null;
  return <p>{t('data.import.years', { years: years.map((y) => formatNumber(y, { grouping: false })).join(', ') })}</p>;
}

/**
 * The file's summaries that break a rule of the register, each named by its code, team,
 * investigation and report date with the rule in the officer's words: they are left out,
 * and the PC that sent them can correct them.
 */
export function RefusedList({ items }: { items: readonly ImportItem[] }) {
  const { t, tMessage, formatDate } = useI18n();
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className="banner banner-error" aria-labelledby={id}>
      <h4 id={id}>{t('data.import.refusedTitle')}</h4>
      <p>{t('data.import.refusedHint')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {t('data.import.refusedItem', {
              code: item.caseCode,
              team: item.team,
              ref: item.investigationRef,
              date: formatDate(item.dateReported),
              reason: item.refusal ? tMessage(item.refusal.message) : '',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** New summaries whose code a different summary here already has, each with the code it is kept under. */
export function CodeClashList({ items }: { items: readonly ImportItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <div role="note" className="banner banner-warning">
      <p>{t('data.import.codeInUse', { count: items.length })}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {t('data.import.keptAs', { code: item.caseCode, keptAs: item.keptAs ?? item.caseCode })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How many updated summaries the preview names; the count says how many more there are. */
const NAMED = 200;

/**
 * The summaries the file updates, named by code (the first ones, folded), and above them, in
 * plain view, those the update moves into this PC's bin or takes out of it.
 */
export function NewerList({ items }: { items: readonly ImportItem[] }) {
  const { t, formatNumber } = useI18n();
  if (items.length === 0) return null;
  const moved = items.filter((item) => item.bin !== undefined);
  const more = items.length - NAMED;
  return (
    <>
      {moved.length > 0 ? (
        <div role="note" className="banner banner-warning">
          <p>{t('data.import.binMoves', { count: moved.length })}</p>
          <ul>
            {moved.map((item) => (
              <li key={item.id}>
                {t(item.bin === 'into' ? 'data.import.binInto' : 'data.import.binOut', { code: item.caseCode })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="import-updated">
        <summary>{t('data.import.newerList', { count: formatNumber(items.length) })}</summary>
        <ul>
          {items.slice(0, NAMED).map((item) => (
            <li key={item.id}>{item.caseCode}</li>
          ))}
        </ul>
        {more > 0 ? <p className="muted">{t('data.import.newerMore', { count: formatNumber(more) })}</p> : null}
      </details>
    </>
  );
}
