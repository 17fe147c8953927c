import { useState } from 'react';
import { displayValue, fieldLabel as labelOf } from '../../../shared/domain/display';
import { isRedaction, type CaseRecord, type HistoryEntry } from '../../../shared/schemas/case';
import { useI18n } from '../../lib/i18n';
import { useCan } from '../../lib/session';
import { RedactDialog, type RedactTarget } from './redact-dialog';

/**
 * Every saved change: who, when, which fields, from what to what. Newest first. An
 * administrator can redact one change's values (with a reason); a redacted value reads as who
 * removed it, when and why.
 */
export function HistoryPanel({ record, onRedacted }: { record: CaseRecord; onRedacted: (record: CaseRecord) => void }) {
  const { t, formatDateTime, language, digits } = useI18n();
  const can = useCan();
  const style = { language, digits };
  const fieldLabel = (path: string) => labelOf(path, style);
  const [redacting, setRedacting] = useState<RedactTarget>();
  const redactable = (v: unknown) => v !== null && v !== undefined && !isRedaction(v);
  const changeList = (entry: HistoryEntry) => (
    <ul>
      {entry.changes.map((c) => (
        <li key={`${c.path}#${c.from === null ? 'added' : c.to === null ? 'removed' : 'changed'}`}>
          {t('history.change', {
            field: fieldLabel(c.path),
            from: displayValue(c.path, c.from, style),
            to: displayValue(c.path, c.to, style),
          })}{' '}
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
  );
  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {/* Newest first, unnumbered: each entry names its revision, which a list's own count would not match (a bin move, an import). */}
      <ol className="history-entries">
        {[...record.history].reverse().map((entry) => (
          <li key={`${entry.revision}-${entry.at}`}>
            <p className="history-entry">
              {entry.action === 'imported' && entry.from
                ? t('history.entry.imported', {
                    revision: entry.revision,
                    pc: entry.from.pcName,
                    by: entry.by || '—',
                    at: formatDateTime(entry.at),
                  })
                : t('history.entry', {
                    revision: entry.revision,
                    action: t(`history.action.${entry.action}`),
                    by: entry.by || '—',
                    at: formatDateTime(entry.at),
                  })}
            </p>
            {/* An edit's changes, and what an import changed here (the fields taken from the other PC). */}
            {(entry.action === 'edited' || entry.action === 'imported') && entry.changes.length > 0
              ? changeList(entry)
              : null}
            {/* What a summary was entered with, folded: an administrator can redact a value from it too. */}
            {entry.action === 'created' && entry.changes.length > 0 ? (
              <details>
                <summary>{t('history.createdWith', { count: entry.changes.length })}</summary>
                {changeList(entry)}
              </details>
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
