/**
 * English UI text. Keys are the contract for every language: `km.ts` must have the same
 * keys (the type enforces it). Schema messages are keys too, so errors from the main
 * process translate like everything else.
 */
export const en = {
  'app.title': 'CPU Case Register',
  'app.subtitle': 'Child Protection Unit',
  'nav.cases': 'Case summaries',
  'nav.settings': 'Settings',

  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',

  'team.OVA': 'OVA: Office of Victim Assistance',
  'team.HIT': 'HIT: Homicide / major-crimes Investigation Team',
  'team.FST': 'FST: Forensic Services Team',
  'team.ICAC': 'ICAC: Internet Crimes Against Children',

  'case.form.title.new': 'New case summary',
  'case.field.investigationRef': 'Investigation reference',
  'case.field.investigationRef.hint': 'The same reference links every team’s summaries of one investigation, e.g. CPU-2025-014',
  'case.field.team': 'Team',
  'case.field.team.choose': 'Choose a team…',
  'case.field.dateReported': 'Date reported',
  'case.saved': 'Summary saved.',
  'case.list.title': 'Summaries of {year}',
  'case.list.year': 'Year',
  'case.list.empty': 'No summaries for this year yet.',
  'case.list.count': '{count} summaries',
  'case.column.ref': 'Investigation',
  'case.column.team': 'Team',
  'case.column.dateReported': 'Reported',
  'case.column.updatedBy': 'Last saved by',

  'settings.officerName': 'Your name (stamped on what you save)',
  'settings.saved': 'Settings saved.',

  'v.required': 'This field is required',
  'v.ref.required': 'Enter the investigation reference',
  'v.ref.format': 'Use 2 to 40 letters, digits, - or / (for example CPU-2025-014)',
  'v.team.required': 'Choose a team',
  'v.date.required': 'Enter a date',
  'v.date.invalid': 'Enter a real date (day, month, year)',
  'v.date.future': 'This date is in the future',
  'v.name.long': 'Use at most 80 characters',
  'v.id.invalid': 'Not a valid summary id',
  'v.province.unknown': 'Choose a province from the list',

  'error.unknown-channel': 'The app could not handle this request. Please restart the app.',
  'error.invalid-input': 'The data was refused: {detail}',
  'error.forbidden-sender': 'Request refused: it did not come from the app window.',
  'error.store-unreadable': 'The data file {file} could not be opened ({reason}). It has not been changed; ask your coordinator to restore a backup.',
  'error.not-found': 'This summary no longer exists; it may have been deleted.',
  'error.conflict': 'Someone saved this summary after you opened it. Reopen it to see their changes.',
  'error.internal': 'Something went wrong. Nothing was changed; please try again.',
} as const;

export type MessageKey = keyof typeof en;
