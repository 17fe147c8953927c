import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { passphraseStrength, passphraseStrengthNow, STRONG_ENOUGH } from '../../shared/schemas/passphrase';
import { useI18n } from '../lib/i18n';
import './passphrase.css';

const SEGMENTS = [1, 2, 3, 4] as const;

/**
 * How hard the passphrase being typed is to guess, by zxcvbn's score alone (0 to 4), so the
 * officer reads the same verdict in both languages. Nothing is shown until something is typed.
 */
export function StrengthMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const { t } = useI18n();
  // Scoring runs over large dictionaries: typing stays smooth, the verdict follows. They are
  // loaded on the first rating; until then (a moment) no verdict is shown.
  const typed = useDeferredValue(passphrase);
  const [ready, setReady] = useState(() => passphraseStrengthNow('') !== undefined);
  const score = useMemo(() => (typed && ready ? passphraseStrengthNow(typed)?.score : undefined), [typed, ready]);
  useEffect(() => {
    if (ready || !typed) return;
    let current = true;
    passphraseStrength(typed).then(
      () => current && setReady(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [typed, ready]);
  return (
    <div id={id} className="strength" aria-live="polite">
      {score === undefined ? null : (
        <>
          <span className="strength-bar" data-score={score} aria-hidden="true">
            {SEGMENTS.map((segment) => (
              <span key={segment} className={segment <= Math.max(score, 1) ? 'on' : undefined} />
            ))}
          </span>
          <span className={score >= STRONG_ENOUGH ? 'strength-text enough' : 'strength-text'}>
            {t('passphrase.strength', { verdict: t(`passphrase.score.${score}`) })}
          </span>
        </>
      )}
    </div>
  );
}
