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

  'common.save': 'រក្សាទុក',
  'common.saving': 'កំពុងរក្សាទុក…',
  'common.cancel': 'បោះបង់',
  'common.loading': 'កំពុងផ្ទុក…',
  'common.close': 'បិទ',
  'common.yes': 'បាទ/ចាស',
  'common.no': 'ទេ',

  'settings.officerName': 'ឈ្មោះរបស់អ្នក (កត់ត្រាលើអ្វីដែលអ្នករក្សាទុក)',
  'settings.saved': 'បានរក្សាទុកការកំណត់។',
  'settings.language': 'ភាសា',
  'settings.digits': 'លេខ',
  'settings.digits.latin': 'ឡាតាំង 0–9',
  'settings.digits.khmer': 'ខ្មែរ ០–៩',
  'language.en': 'English',
  'language.km': 'ខ្មែរ',
} as const satisfies Record<keyof typeof en, string>;
