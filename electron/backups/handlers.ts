import type { FeatureHandlers } from '../ipc/handler-kit';
import type { BackupService } from './backup-service';

/**
 * The backups screen. Both channels work while the database in use is refused (damaged, or an
 * older copy), as long as the key is here: `withKey` throws `locked` otherwise.
 */
export function backupsHandlers(
  backups: BackupService,
  withKey: () => void,
): FeatureHandlers<'backups:list' | 'backups:restore'> {
  return {
    'backups:list': () => {
      withKey();
      return backups.list();
    },
    'backups:restore': async ({ sequence }) => {
      withKey();
      return backups.restore(sequence);
    },
  };
}
