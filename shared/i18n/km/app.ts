import type { app as en } from '../en/app';

/** The app frame: title, navigation, shared buttons, settings. */
export const app = {
  'app.title': 'ប្រព័ន្ធចុះបញ្ជីករណី CPU',
  'app.subtitle': 'អង្គភាពការពារកុមារ',
  'nav.cases': 'សេចក្ដីសង្ខេបករណី',
  'nav.new': 'សេចក្ដីសង្ខេបថ្មី៖',
  'nav.newTeam': 'សេចក្ដីសង្ខេប {team} ថ្មី',
  'nav.bin': 'ធុងសំរាម',
  'nav.settings': 'ការកំណត់',
  'nav.accounts': 'គណនី',
  'nav.log': 'កំណត់ហេតុនៃការចូលប្រើ',
  'access.screenNotAllowed':
    'គណនីរបស់អ្នកមិនអាចបើកអេក្រង់នេះបានទេ៖ វាត្រូវការតួនាទីផ្សេង។ សូមសួរអ្នកគ្រប់គ្រងប្រព័ន្ធ ប្រសិនបើការងាររបស់អ្នកត្រូវការវា។',

  'app.backNav': 'ផ្លូវត្រឡប់ក្រោយ',
  'app.backToTotals': 'ត្រឡប់ទៅចំនួនសរុបវិញ',
  'app.backToTotalsOf': 'ត្រឡប់ទៅចំនួនសរុបឆ្នាំ {year} វិញ',
  'app.backToDrill': 'ត្រឡប់ទៅ «{label}» ចំនួនសរុបឆ្នាំ {year} វិញ',

  'common.save': 'រក្សាទុក',
  'common.saving': 'កំពុងរក្សាទុក…',
  'common.cancel': 'បោះបង់',
  'common.loading': 'កំពុងផ្ទុក…',
  'common.close': 'បិទ',
  'common.yes': 'បាទ/ចាស',
  'common.no': 'ទេ',

  'settings.saved': 'បានរក្សាទុកការកំណត់។',
  'settings.language': 'ភាសា',
  'settings.digits': 'លេខ',
  'settings.digits.latin': 'ឡាតាំង 0–9',
  'settings.digits.khmer': 'ខ្មែរ ០–៩',
  'language.en': 'English',
  'language.km': 'ខ្មែរ',
} as const satisfies Record<keyof typeof en, string>;
