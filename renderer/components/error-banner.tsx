import type { AppError } from '../../shared/ipc/result';
import { RestoreOffer } from './restore-offer';
import { useI18n } from '../lib/i18n';

/** A failed call, translated, where the officer will see it; a damaged file comes with its newest good backup. */
export function ErrorBanner({ error }: { error: AppError }) {
  const { tError } = useI18n();
  return (
    <div className="banner banner-error" role="alert">
      {tError(error)} <RestoreOffer error={error} />
    </div>
  );
}
