/** The app frame: title, navigation, shared buttons, settings. */
export const app = {
  'app.title': 'CPU Case Register',
  'app.subtitle': 'Child Protection Unit',
  'nav.cases': 'Case summaries',
  'nav.new': 'New summary:',
  'nav.newTeam': 'New {team} summary',
  'nav.bin': 'Bin',
  'nav.settings': 'Settings',
  'nav.accounts': 'Accounts',
  'nav.log': 'Access log',
  'access.screenNotAllowed':
    'Your account cannot open this screen: it needs another role. Ask an administrator if your work needs it.',

  'app.backNav': 'Way back',
  'app.backToTotals': 'Back to the totals',
  'app.backToTotalsOf': 'Back to the totals of {year}',
  'app.backToDrill': 'Back to “{label}”, totals of {year}',

  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.yes': 'Yes',
  'common.no': 'No',

  'settings.saved': 'Settings saved.',
  'settings.language': 'Language',
  'settings.digits': 'Digits',
  'settings.digits.latin': 'Latin 0–9',
  'settings.digits.khmer': 'Khmer ០–៩',
  // Each language is named in itself, so an officer finds theirs whatever is on screen.
  'language.en': 'English',
  'language.km': 'ខ្មែរ',
} as const;
