import type { Channel } from '../ipc/contract';
import type { Role } from '../schemas/accounts';
import type { Settings } from '../schemas/settings';

/**
 * Who may call each channel: `anyone` (answered while locked: the sign-in screen needs them),
 * `signed-in` (every role; what an officer may read or change is then checked per summary), or
 * the least role that may. Main enforces this for every call; the page hides what a role cannot
 * reach, from the same table.
 */
export type Access = 'anyone' | 'signed-in' | Role;

export const CHANNEL_ACCESS = {
  'app:info': 'anyone',
  'settings:get': 'anyone',
  'settings:update': 'anyone',
  'session:status': 'anyone',
  'session:setup': 'anyone',
  'session:unlock': 'anyone',
  'session:unlockWithRecovery': 'anyone',
  'session:lock': 'anyone',
  'session:changePassphrase': 'signed-in',
  'session:setAutoLock': 'administrator',
  'session:recoveryKeyKept': 'administrator',
  'cases:years': 'signed-in',
  'cases:list': 'signed-in',
  'cases:get': 'signed-in',
  'cases:save': 'signed-in',
  'cases:delete': 'signed-in',
  'cases:restore': 'signed-in',
  'cases:investigation': 'signed-in',
  'cases:investigationTeams': 'signed-in',
  'cases:byIds': 'coordinator',
  'cases:redact': 'administrator',
  'drafts:get': 'signed-in',
  'drafts:save': 'signed-in',
  'drafts:discard': 'signed-in',
  'years:get': 'signed-in',
  'years:setSpending': 'coordinator',
  'years:close': 'coordinator',
  'years:reopen': 'coordinator',
  'totals:get': 'coordinator',
  'exports:create': 'coordinator',
  'imports:preview': 'coordinator',
  'imports:apply': 'coordinator',
  'imports:cancel': 'coordinator',
  'exports:yearFile': 'coordinator',
  'imports:chooseFile': 'coordinator',
  'imports:previewFile': 'coordinator',
  'jobs:progress': 'coordinator',
  'jobs:cancel': 'coordinator',
  'print:savePdf': 'signed-in',
  'print:printed': 'signed-in',
  'backups:list': 'administrator',
  'backups:restore': 'administrator',
  'accounts:list': 'administrator',
  'accounts:add': 'administrator',
  'accounts:update': 'administrator',
  'accounts:disable': 'administrator',
  'accounts:enable': 'administrator',
  'accounts:resetPassphrase': 'administrator',
  'accounts:reissueRecoveryKey': 'administrator',
  'accounts:rotateKey': 'administrator',
  'audit:list': 'coordinator',
  'audit:verify': 'coordinator',
  'audit:export': 'coordinator',
} as const satisfies Record<Channel, Access>;

/** Settings only some roles change (the language and digits are anyone's, even signed out). */
export const SETTING_ACCESS = {
  // Written into every data file this PC exports.
  pcName: 'coordinator',
  binRetentionDays: 'administrator',
  // Totals and their exports are a coordinator's.
  suppressBelow: 'coordinator',
  // The printed annual report's letterhead and signature block.
  unitName: 'coordinator',
  unitAddress: 'coordinator',
  directorName: 'coordinator',
  directorTitle: 'coordinator',
} as const satisfies Partial<Record<keyof Settings, Role>>;
