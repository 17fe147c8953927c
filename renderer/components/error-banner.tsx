import { useEffect, useRef } from 'react';
import type { AppError } from '../../shared/ipc/result';
import { RestoreOffer } from './restore-offer';
import { useI18n } from '../lib/i18n';

/**
 * A failed call, translated, where the officer will see it; a damaged file comes with its newest
 * good backup. With `focus`, focus moves to it each time it shows a refusal: where the control the
 * officer used was disabled while the call ran (a dialog's submit), focus is not left on the page.
 */
export function ErrorBanner({ error, focus = false }: { error: AppError; focus?: boolean }) {
  const { tError } = useI18n();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) banner.current?.focus();
  }, [focus, error]);
  return (
    <div className="banner banner-error" role="alert" ref={banner} tabIndex={focus ? -1 : undefined}>
      {tError(error)} <RestoreOffer error={error} />
    </div>
  );
}
