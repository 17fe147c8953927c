/** Accounts and roles: who is signed in, the Accounts screen. */
export const accounts = {
  'role.officer': 'Officer',
  'role.coordinator': 'Coordinator',
  'role.administrator': 'Administrator',
  'account.signedIn': 'Signed in:',
  'account.displayName': 'Name',
  'account.displayName.hint':
    'As colleagues know the officer: stamped on every summary they save and shown in the access log.',
  'account.teams': 'Teams',
  'account.role': 'Role',
  'account.role.hint':
    'Officer: enters and edits their teams’ summaries. Coordinator: also reads every summary, and does totals, data files, closing a year and the access log. Administrator: also accounts, the recovery key, backups and automatic lock.',

  'accounts.title': 'Accounts',
  'accounts.intro':
    'Who can sign in on this PC, for which teams and with which role. An account is disabled rather than deleted, so what it saved keeps its name.',
  'accounts.state': 'Sign-in',
  'accounts.state.enabled': 'Can sign in',
  'accounts.state.disabled': 'Disabled',
  'accounts.actions': 'Actions',
  'accounts.edit': 'Edit',
  'accounts.edit.label': 'Edit {name}',
  'accounts.edit.title': 'Edit {name}',
  'accounts.updated': 'The changes to {name} were saved.',
  'accounts.reset': 'New passphrase',
  'accounts.reset.label': 'New passphrase for {name}',
  'accounts.reset.title': 'New passphrase for {name}',
  'accounts.reset.intro':
    'For an officer who forgot theirs: {name}’s old passphrase stops working at once. Tell them the new one in person.',
  'accounts.reset.submit': 'Set the new passphrase',
  'accounts.reset.done': '{name} has a new passphrase.',
  'accounts.enable': 'Enable',
  'accounts.enable.label': 'Enable {name}',
  'accounts.enable.title': 'Enable {name} again',
  'accounts.enable.intro': '{name} will sign in with a new passphrase. Tell it to them in person.',
  'accounts.enable.submit': 'Enable the account',
  'accounts.enabled': '{name} can sign in again, with the new passphrase.',
  'accounts.disable': 'Disable',
  'accounts.disable.label': 'Disable {name}',
  'accounts.disable.title': 'Disable {name}?',
  'accounts.disable.confirm':
    '{name} will no longer be able to sign in on this PC. What they saved stays, with their name on it. You can enable the account again later, with a new passphrase.',
  'accounts.disabled': '{name} is disabled and can no longer sign in.',
  'accounts.add.title': 'Add an account',
  'accounts.add.submit': 'Add the account',
  'accounts.added': '{name} was added as {role}.',
  'accounts.firstPassphrase': 'First passphrase',
  'accounts.passphrase.rules':
    'Tell it to the officer in person. At least 12 characters, and at least “Hard to guess” on the meter: several words work well.',
  'accounts.recovery.title': 'This PC’s recovery key',
  'accounts.recovery.intro':
    'One recovery key lets any officer who forgot their passphrase choose a new one. If the printed key is lost, or someone else may have seen it, issue a new one.',
  'accounts.recovery.issue': 'Issue a new recovery key',
  'accounts.recovery.reminderTitle': 'The recovery key issued {date} was never confirmed as kept',
  'accounts.recovery.reminder':
    'The recovery key in use (its sheet says “Issued {date}”) was shown once, and its screen closed before anyone confirmed that it was printed or written down. Any key issued before it no longer works. Without it, an officer who forgets their passphrase cannot get back in. If it is not in the unit’s safe, issue a new one.',
  'accounts.recovery.reminderIssue': 'Issue a new one on Accounts',
  'accounts.recovery.reminderKept': 'It is printed or written down and kept safe',
  'accounts.recovery.confirmTitle': 'Issue a new recovery key?',
  'accounts.recovery.confirm':
    'The current recovery key stops working at once: destroy every printed copy of it. The new key is shown once, to print or write down and keep in the unit’s safe.',
  'accounts.dataKey.title': 'The data key',
  'accounts.dataKey.intro':
    'Every summary is sealed with one data key, which each officer’s passphrase and the recovery key open. If a copy of the data folder may have left the office with a passphrase, change the key: everything is sealed again under a new one, and that copy no longer opens what is saved from now on.',
  'accounts.dataKey.change': 'Change the data key',
  'accounts.dataKey.working': 'Sealing everything under the new key…',
  'accounts.dataKey.confirmTitle': 'Change the data key?',
  'accounts.dataKey.confirm':
    'Every summary, draft and log entry is sealed again under a new key: with many summaries this takes a while, and the app waits. Every officer keeps their passphrase. The current recovery key stops working: a new one is shown once, to print and keep in the unit’s safe; destroy the old one. A backup is taken under the new key at once; backups taken before stay under the old key.',
} as const;
