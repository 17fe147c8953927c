/** Messages for `AppError` codes; `{name}` placeholders come from the error's params. */
export const errors = {
  'error.unknown-channel': 'The app could not handle this request. Please restart the app.',
  'error.invalid-input': 'The data was refused: {detail}',
  'error.forbidden-sender': 'Request refused: it did not come from the app window.',
  'error.store-unreadable':
    'The data file {file} could not be opened ({reason}). It has not been changed. Restore a backup of it (Security and backups), or ask your coordinator.',
  'error.not-found': 'This summary no longer exists; it may have been deleted.',
  'error.conflict': 'Someone saved this summary after you opened it. Reopen it to see their changes.',
  'error.year-closed':
    'The year {year} is closed, so its summaries cannot be changed. A coordinator can reopen it on the Totals screen.',
  'error.case-codes-used-up':
    'Not saved: this PC has no case codes left for {prefix} (the last one, {last}, was taken). A data file imported here may have brought a code far beyond the ones this PC gave. Ask the administrator; nothing else was changed.',
  'error.year-closed-lead':
    'Not saved: investigation {ref} is counted in {year}, which is closed, and this change would change the summary its figures come from (a HIT summary comes before an ICAC one, then the one reported first). Check the reference and date reported, or ask a coordinator to reopen {year} on the Totals screen.',
  'error.file-not-json':
    'This file is not a CPU Case Register data file (it is not readable JSON, or it was cut short). Nothing was changed.',
  'error.file-wrong-format': 'This file is not a CPU Case Register yearly data file. Nothing was changed.',
  'error.file-wrong-version':
    'This data file has format version {version}, which this version of the app cannot read. Update the app on this PC. Nothing was changed.',
  'error.file-checksum':
    'This data file was changed or damaged after it was exported (its checksum does not match). Ask for a fresh export. Nothing was changed.',
  'error.file-record-invalid':
    'Summary {record} in this file breaks the rules at {field}: {detail}. Nothing was changed.',
  'error.file-too-large': 'This file is too large to be a yearly data file. Nothing was changed.',
  'error.file-truncated':
    'This data file was cut short (its end is missing): it may not have finished copying. Copy it again or ask for a fresh export. Nothing was changed.',
  'error.file-tampered':
    'This protected file was changed, damaged or cut short after it was exported (from byte {offset} on). Copy it again, or ask for a fresh export. Nothing was changed.',
  'error.file-end-damaged':
    'The end of this protected file is missing or was changed (from byte {offset} on): it may not have finished copying. Copy it again or ask for a fresh export. Nothing was changed.',
  'error.file-reordered':
    'The parts of this protected file are out of order: it was changed after it was exported. Ask for a fresh export. Nothing was changed.',
  'error.file-renamed':
    'This protected file was exported as “{expected}” and has been renamed. Give it its name back, or ask for a fresh export. Nothing was changed.',
  'error.file-other-year':
    'This protected file says it holds the year {expected}, but its content is for {found}: it was changed after it was exported. Nothing was changed.',
  'error.cancelled': 'Cancelled. Nothing was written.',
  'error.passphrase-required': 'This data file is protected with a passphrase. Enter it to open the file.',
  'error.wrong-passphrase':
    'The passphrase does not open this file. Check it with the colleague who exported it. Nothing was changed.',
  'error.import-expired': 'This import preview is no longer available. Choose the file again.',
  'error.file-changed':
    'The file was changed, moved or deleted since its preview. Choose the file again. Nothing was changed.',
  'error.unsupported':
    'Saving a PDF directly works in the desktop app. Here, use Print and choose “Save as PDF” as the printer.',
  'error.locked': 'You are signed out. Sign in again to continue.',
  'error.not-set-up': 'This PC is not set up yet: create its first administrator first.',
  'error.already-set-up': 'This PC’s data is already protected. Sign in instead.',
  'error.unlock-failed':
    'That passphrase or recovery key is not right. Wait {seconds, plural, one {{seconds} second} other {{seconds} seconds}}, then try again.',
  'error.unlock-failed.passphrase':
    'That passphrase is not right. Wait {seconds, plural, one {{seconds} second} other {{seconds} seconds}}, then try again.',
  'error.unlock-failed.recovery-key':
    'That recovery key is not right. Wait {seconds, plural, one {{seconds} second} other {{seconds} seconds}}, then try again.',
  'error.account-disabled':
    'This account is disabled on this PC, so it cannot sign in. An administrator can enable it again.',
  'error.unlock-wait':
    'Too many wrong attempts. Wait {seconds, plural, one {{seconds} second} other {{seconds} seconds}} before trying again.',
  'error.keys-unreadable':
    'The key file {file} could not be read ({reason}). It has not been changed. Put back a copy from the backups/keys folder, or ask your coordinator.',
  'error.keys-missing':
    'This data folder holds encrypted data ({file}) but its key file keys.json is missing. Put keys.json back (a copy is kept in backups/keys); a new set-up would not open this data.',
  'error.backup-unusable': 'This backup cannot be opened with this PC’s key. Choose another one.',
  'error.disk-full':
    'The disk is full. Nothing was saved and nothing already saved was changed. Free some space on this PC (empty the recycle bin, remove old downloads), then try again.',
  'error.data-in-use':
    'This data folder is already open in another copy of the app on this PC. Close the other copy, then try again.',
  'error.row-unreadable':
    'A stored record ({caseCode}) failed its integrity check: it was changed outside the app, or belongs to another key. It has not been changed. Restore a backup (Security and backups), or ask your coordinator.',
  'error.database-older':
    'The case database is older than the last one this PC used: it may have been replaced by an old copy. Nothing was changed. Restore the newest backup (offered below, or on Security and backups), or ask your coordinator.',
  'error.forbidden': 'Your account cannot do this. Ask an administrator if your work needs it.',
  'error.forbidden.role':
    'Your account cannot do this: it needs the role {role} or higher. Ask an administrator if your work needs it.',
  'error.forbidden.other-investigation':
    'This {team} summary belongs to another team’s investigation that your teams do not work on, so your account cannot open it. Officers read other teams’ summaries only within their own teams’ investigations; ask a coordinator if your work needs it.',
  'error.forbidden.investigation':
    'None of your teams works on this investigation, so your account cannot open its summaries. Ask a coordinator if your work needs it.',
  'error.forbidden.other-team':
    'Only officers of {team} enter and change {team} summaries, and your account does not work for {team}.',
  'error.conflict.import-changed':
    'Nothing was imported: summaries on this PC were saved since the preview (for example {caseCode}), so it no longer says what the import would do. Choose the file again for a new preview.',
  'error.conflict.import-purged':
    'Nothing was imported: {caseCode} was purged from the bin on this PC since the preview, and is not imported again. Choose the file again for a new preview.',
  'error.invalid-input.merged':
    'Nothing was imported: {caseCode}, with the sides you chose, breaks a rule at {field}: {detail}. Choose the other side for that field, or keep this PC’s copy and correct it after.',
  'error.conflict.account':
    'This change to the accounts was refused: nobody can disable their own account, one administrator must always be able to sign in, and a disabled account is enabled again with a new passphrase.',
  'error.conflict.last-administrator':
    'This is the only administrator who can sign in, so it must stay an enabled administrator. Make another account an administrator first (Edit, Role), then change this one.',
  'error.conflict.own-account':
    'You cannot disable the account you are signed in with. Another administrator can disable it.',
  'error.conflict.disabled-account':
    'This account is disabled. Enable it again (Enable), which gives it a new passphrase.',
  'error.conflict.name-taken':
    'Another account on this PC is already called {name}. Give each officer a name that sets them apart at sign-in, for example with their rank or family name.',
  'error.internal': 'Something went wrong. Nothing was changed; please try again.',
} as const;
