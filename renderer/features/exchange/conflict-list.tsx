import { BIN_FIELD } from '../../../shared/domain/merge';
import { isMessageKey } from '../../../shared/i18n/translate';
import type { ImportItem } from '../../../shared/schemas/exchange';
import { useI18n } from '../../lib/i18n';

export type Resolutions = Record<string, Record<string, 'ours' | 'theirs'>>;

/** A stored value in words: codes as their labels, rows of a group counted and listed. */
function useShowValue() {
  const { t } = useI18n();
  const label = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('data.import.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) {
      if (value.length === 0) return t('data.import.empty');
      return value
        .map((v) => (typeof v === 'object' && v !== null ? Object.values(v).map(label).join(' · ') : label(v)))
        .join('; ');
    }
    const text = String(value);
    for (const list of ['offence', 'status', 'onlineOffence', 'referralSource']) {
      if (isMessageKey(`${list}.${text}`)) return t(`${list}.${text}` as never);
    }
    return text;
  };
  return label;
}

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
  const { t } = useI18n();
  const show = useShowValue();
  const fieldName = (path: string) =>
    path === BIN_FIELD ? t('data.import.binField') : isMessageKey(`field.${path}`) ? t(`field.${path}` as never) : path;
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
                  {t('data.import.keepOurs')}: <strong>{show(c.ours)}</strong>
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
                  {t('data.import.takeTheirs', { pc: source })}: <strong>{show(c.theirs)}</strong>
                </span>
              </label>
            </fieldset>
          ))}
        </section>
      ))}
    </div>
  );
}
