/** Messages for `AppError` codes; `{name}` placeholders come from the error's params. */
export const errors = {
  'error.unknown-channel': 'The app could not handle this request. Please restart the app.',
  'error.invalid-input': 'The data was refused: {detail}',
  'error.forbidden-sender': 'Request refused: it did not come from the app window.',
  'error.store-unreadable': 'The data file {file} could not be opened ({reason}). It has not been changed; ask your coordinator to restore a backup.',
  'error.not-found': 'This summary no longer exists; it may have been deleted.',
  'error.conflict': 'Someone saved this summary after you opened it. Reopen it to see their changes.',
  'error.internal': 'Something went wrong. Nothing was changed; please try again.',
} as const;
