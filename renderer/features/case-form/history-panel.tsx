import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/en';
import { isRedaction, type CaseRecord } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';
import { useCan } from '../../lib/session';
import { RedactDialog, type RedactTarget } from './redact-dialog';

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

/**
 * Every saved change: who, when, which fields, from what to what. Newest first. An
 * administrator can redact one change's values (with a reason); a redacted value reads as who
 * removed it, when and why.
 */
export function HistoryPanel({ record, onRedacted }: { record: CaseRecord; onRedacted: (record: CaseRecord) => void }) {
  const { t, formatDateTime } = useI18n();
  const can = useCan();
  const fieldLabel = useFieldLabel();
  const [redacting, setRedacting] = useState<RedactTarget>();
  const empty = t('history.empty');
  const value = (v: unknown) =>
    isRedaction(v)
      ? t('history.redacted', { by: v.by || '—', at: formatDateTime(v.at), reason: v.reason })
      : show(v, empty);
  const redactable = (v: unknown) => v !== null && v !== undefined && !isRedaction(v);
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol reversed>
        {[...record.history].reverse().map((entry) => (
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
                    {t('history.change', { field: fieldLabel(c.path), from: value(c.from), to: value(c.to) })}{' '}
                    {can('cases:redact') && (redactable(c.from) || redactable(c.to)) ? (
                      <button
                        type="button"
                        className="link"
                        aria-label={t('history.redact.label', { field: fieldLabel(c.path), revision: entry.revision })}
                        onClick={() =>
                          setRedacting({
                            id: record.id,
                            revision: entry.revision,
                            path: c.path,
                            field: fieldLabel(c.path),
                          })
                        }
                      >
                        {t('history.redact.open')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {redacting ? (
        <RedactDialog
          target={redacting}
          onCancel={() => setRedacting(undefined)}
          onDone={(updated) => {
            setRedacting(undefined);
            onRedacted(updated);
          }}
        />
      ) : null}
    </section>
  );
}
