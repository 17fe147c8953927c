import type { MessageKey } from '../../../shared/i18n/en';
import type { HistoryEntry } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';

/** `suspects.1.arrestDate` → "Suspect 2 › Arrest date". */
function useFieldLabel() {
  const { t } = useI18n();
  return (path: string) => {
    const parts = path.split('.');
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      const next = parts[i + 1];
      const label = t(`field.${part}` as MessageKey);
      if (next !== undefined && /^\d+$/.test(next)) {
        out.push(t('case.form.item', { what: label, number: Number(next) + 1 }));
        i++;
      } else out.push(label);
    }
    return out.join(' › ');
  };
}

function show(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v, empty)).join(', ') : empty;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every saved change: who, when, which fields, from what to what. Newest first. */
export function HistoryPanel({ history }: { history: HistoryEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const fieldLabel = useFieldLabel();
  const empty = t('history.empty');
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol reversed>
        {[...history].reverse().map((entry) => (
          <li key={`${entry.revision}-${entry.at}`}>
            <p className="history-entry">
              {t('history.entry', {
                revision: entry.revision,
                action: t(`history.action.${entry.action}`),
                by: entry.by || '—',
                at: formatDateTime(entry.at),
              })}
            </p>
            {entry.action === 'edited' && entry.changes.length > 0 ? (
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.path}>
                    {t('history.change', {
                      field: fieldLabel(c.path),
                      from: show(c.from, empty),
                      to: show(c.to, empty),
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
