import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { ChosenFile } from '../../../shared/schemas/exchange';
import { api } from '../../lib/api';
import { uploadFile } from '../../lib/download';
import { useI18n } from '../../lib/i18n';
import { Busy } from './busy';

type Host = 'electron' | 'browser-shell';

/** Which app the page runs in: Electron chooses files with its own dialog, the browser shell with a file field. */
function useHost(): Host | undefined {
  const [host, setHost] = useState<Host>();
  useEffect(() => {
    let alive = true;
    void api.app.info({}).then((answer) => {
      if (alive) setHost(answer.ok ? answer.value.host : 'browser-shell');
    });
    return () => {
      alive = false;
    };
  }, []);
  return host;
}

interface Props {
  /** Told before a new choice is made, so the page can forget the last file's preview. */
  onStart: () => void;
  onChosen: (file: ChosenFile) => void;
  onError: (error: AppError) => void;
}

/**
 * Chooses a yearly data file for import without the page reading it: Electron's open dialog
 * in main (`imports:chooseFile`), or in the browser shell a file field whose file is streamed to
 * main as an upload. Either way main then reads it from a path (`imports:previewFile`). The page
 * gives it a new `key` to clear it.
 */
export function FileChooser({ onStart, onChosen, onError }: Props) {
  const { t } = useI18n();
  const id = useId();
  const host = useHost();
  const [sending, setSending] = useState(false);
  const [fileName, setFileName] = useState<string>();

  const settle = (answer: Awaited<ReturnType<typeof uploadFile>>) => {
    if (!answer.ok) return onError(answer.error);
    setFileName(answer.value.fileName);
    onChosen(answer.value);
  };

  const openDialog = async () => {
    onStart();
    const answer = await api.imports.chooseFile({});
    if (answer.ok && answer.value === null) return;
    settle(answer.ok ? { ok: true, value: answer.value as ChosenFile } : answer);
  };

  const upload = async (file: File | undefined) => {
    onStart();
    if (!file) return;
    setSending(true);
    const answer = await uploadFile(file);
    setSending(false);
    settle(answer);
  };

  if (host === undefined) return null;
  return (
    <>
      {host === 'electron' ? (
        <div className="field">
          <button type="button" className="secondary" onClick={() => void openDialog()}>
            {t('data.import.chooseButton')}
          </button>
          {fileName ? <span className="muted">{t('data.import.chosenFile', { file: fileName })}</span> : null}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('data.import.choose')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".cpudata,.jsonl,.json"
            disabled={sending}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </div>
      )}
      {sending ? <Busy label={t('data.import.reading')} /> : null}
    </>
  );
}
