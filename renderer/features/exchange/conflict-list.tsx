import { BIN_FIELD } from '../../../shared/domain/merge';
import { displayValue, fieldLabel } from '../../../shared/domain/display';
import type { ImportItem } from '../../../shared/schemas/exchange';
import { useI18n } from '../../lib/i18n';

export type Resolutions = Record<string, Record<string, 'ours' | 'theirs'>>;

/** Each summary changed on both PCs, each differing field with a choice of whose value to keep. */
export function ConflictList({
  items,
  source,
  resolutions,
  onChange,
}: {
  items: ImportItem[];
  source: string;
  resolutions: Resolutions;
  onChange: (next: Resolutions) => void;
}) {
  const { t, language, digits, formatDateTime } = useI18n();
  const style = { language, digits };
  const fieldName = (path: string) => (path === BIN_FIELD ? t('data.import.binField') : fieldLabel(path, style));
  // The bin field holds when the summary was binned: shown as a date and time, or as "not in the bin".
  const show = (path: string, value: unknown) =>
    path === BIN_FIELD && typeof value === 'string' ? formatDateTime(value) : displayValue(path, value, style);
  const choose = (id: string, path: string, side: 'ours' | 'theirs') =>
    onChange({ ...resolutions, [id]: { ...resolutions[id], [path]: side } });
  return (
    <div className="conflicts">
      <h3>{t('data.import.conflictsTitle')}</h3>
      <p className="muted">{t('data.import.conflictsHint')}</p>
      {items.map((item) => (
        <section
          key={item.id}
          className="card conflict"
          aria-label={t('data.import.conflictOf', { code: item.caseCode })}
        >
          <h4>
            {item.caseCode} · {item.investigationRef}
          </h4>
          {item.conflicts.map((c) => (
            <fieldset key={c.path} className="choices">
              <legend>
                {fieldName(c.path)}{' '}
                <span className="muted">
                  (
                  {c.changedBy === 'both'
                    ? t('data.import.changedBoth')
                    : c.changedBy === 'ours'
                      ? t('data.import.changedOurs')
                      : t('data.import.changedTheirs', { pc: source })}
                  )
                </span>
              </legend>
              <label className="choice">
                <input
                  type="radio"
                  name={`${item.id}-${c.path}`}
                  checked={resolutions[item.id]?.[c.path] === 'ours'}
                  onChange={() => choose(item.id, c.path, 'ours')}
                />
                <span>
                  {t('data.import.keepOurs')}: <strong>{show(c.path, c.ours)}</strong>
                </span>
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${item.id}-${c.path}`}
                  checked={resolutions[item.id]?.[c.path] === 'theirs'}
                  onChange={() => choose(item.id, c.path, 'theirs')}
                />
                <span>
                  {t('data.import.takeTheirs', { pc: source })}: <strong>{show(c.path, c.theirs)}</strong>
                </span>
              </label>
            </fieldset>
          ))}
        </section>
      ))}
    </div>
  );
}
