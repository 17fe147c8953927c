import type { accounts as en } from '../en/accounts';

/** Accounts and roles: who is signed in, the Accounts screen. */
export const accounts = {
  'role.officer': 'មន្ត្រី',
  'role.coordinator': 'អ្នកសម្របសម្រួល',
  'role.administrator': 'អ្នកគ្រប់គ្រងប្រព័ន្ធ',
  'account.signedIn': 'បានចូលប្រើជា៖',
  'account.displayName': 'ឈ្មោះ',
  'account.displayName.hint':
    'ឈ្មោះដែលសហការីស្គាល់មន្ត្រីនោះ៖ កត់ត្រាលើសេចក្ដីសង្ខេបទាំងអស់ដែលគាត់រក្សាទុក ហើយបង្ហាញក្នុងកំណត់ហេតុនៃការចូលប្រើ។',
  'account.teams': 'ក្រុម',
  'account.role': 'តួនាទី',
  'account.role.hint':
    'មន្ត្រី៖ បញ្ចូល និងកែប្រែសេចក្ដីសង្ខេបរបស់ក្រុមខ្លួន។ អ្នកសម្របសម្រួល៖ អានសេចក្ដីសង្ខេបទាំងអស់ផងដែរ ហើយធ្វើតួលេខសរុប ឯកសារទិន្នន័យ ការបិទឆ្នាំ និងមើលកំណត់ហេតុនៃការចូលប្រើ។ អ្នកគ្រប់គ្រងប្រព័ន្ធ៖ គ្រប់គ្រងគណនី កូនសោសង្គ្រោះ ច្បាប់បម្រុងទុក និងការចាក់សោដោយស្វ័យប្រវត្តិផងដែរ។',

  'accounts.title': 'គណនី',
  'accounts.intro':
    'អ្នកដែលអាចចូលប្រើនៅលើកុំព្យូទ័រនេះ សម្រាប់ក្រុមណា និងមានតួនាទីអ្វី។ គណនីត្រូវបានបិទដំណើរការ ជំនួសឱ្យការលុប ដូច្នេះអ្វីដែលគណនីនោះបានរក្សាទុក នៅតែមានឈ្មោះរបស់វា។',
  'accounts.state': 'ការចូលប្រើ',
  'accounts.state.enabled': 'អាចចូលប្រើបាន',
  'accounts.state.disabled': 'បានបិទដំណើរការ',
  'accounts.actions': 'សកម្មភាព',
  'accounts.edit': 'កែប្រែ',
  'accounts.edit.label': 'កែប្រែ {name}',
  'accounts.edit.title': 'កែប្រែគណនី {name}',
  'accounts.updated': 'បានរក្សាទុកការផ្លាស់ប្ដូរគណនី {name}។',
  'accounts.reset': 'ឃ្លាសម្ងាត់ថ្មី',
  'accounts.reset.label': 'ឃ្លាសម្ងាត់ថ្មីសម្រាប់ {name}',
  'accounts.reset.title': 'ឃ្លាសម្ងាត់ថ្មីសម្រាប់ {name}',
  'accounts.reset.intro':
    'សម្រាប់មន្ត្រីដែលភ្លេចឃ្លាសម្ងាត់របស់ខ្លួន៖ ឃ្លាសម្ងាត់ចាស់របស់ {name} នឹងលែងដំណើរការភ្លាមៗ។ សូមប្រាប់គាត់ពីឃ្លាសម្ងាត់ថ្មីដោយផ្ទាល់។',
  'accounts.reset.submit': 'កំណត់ឃ្លាសម្ងាត់ថ្មី',
  'accounts.reset.done': '{name} មានឃ្លាសម្ងាត់ថ្មីហើយ។',
  'accounts.enable': 'បើកដំណើរការ',
  'accounts.enable.label': 'បើកដំណើរការ {name}',
  'accounts.enable.title': 'បើកដំណើរការ {name} ឡើងវិញ',
  'accounts.enable.intro': '{name} នឹងចូលប្រើដោយឃ្លាសម្ងាត់ថ្មី។ សូមប្រាប់គាត់ពីឃ្លាសម្ងាត់នោះដោយផ្ទាល់។',
  'accounts.enable.submit': 'បើកដំណើរការគណនី',
  'accounts.enabled': '{name} អាចចូលប្រើបានវិញហើយ ដោយឃ្លាសម្ងាត់ថ្មី។',
  'accounts.disable': 'បិទដំណើរការ',
  'accounts.disable.label': 'បិទដំណើរការ {name}',
  'accounts.disable.title': 'បិទដំណើរការ {name} ឬ?',
  'accounts.disable.confirm':
    '{name} នឹងលែងអាចចូលប្រើនៅលើកុំព្យូទ័រនេះទៀតហើយ។ អ្វីដែលគាត់បានរក្សាទុកនៅតែមាន ជាមួយឈ្មោះរបស់គាត់។ អ្នកអាចបើកដំណើរការគណនីនេះឡើងវិញនៅពេលក្រោយ ដោយឃ្លាសម្ងាត់ថ្មី។',
  'accounts.disabled': '{name} ត្រូវបានបិទដំណើរការ ហើយលែងអាចចូលប្រើបានទៀតហើយ។',
  'accounts.add.title': 'បន្ថែមគណនី',
  'accounts.add.submit': 'បន្ថែមគណនីនេះ',
  'accounts.added': 'បានបន្ថែម {name} ជា{role}។',
  'accounts.firstPassphrase': 'ឃ្លាសម្ងាត់ដំបូង',
  'accounts.passphrase.rules':
    'សូមប្រាប់ឃ្លាសម្ងាត់នេះដល់មន្ត្រីដោយផ្ទាល់។ យ៉ាងហោចណាស់ ១២ តួអក្សរ ហើយឧបករណ៍វាស់ត្រូវបង្ហាញយ៉ាងហោចណាស់ «ពិបាកស្មានត្រូវ»៖ ពាក្យច្រើនម៉ាត់ គឺល្អណាស់។',
  'accounts.recovery.title': 'កូនសោសង្គ្រោះរបស់កុំព្យូទ័រនេះ',
  'accounts.recovery.intro':
    'កូនសោសង្គ្រោះមួយ អនុញ្ញាតឱ្យមន្ត្រីណាដែលភ្លេចឃ្លាសម្ងាត់ ជ្រើសរើសឃ្លាសម្ងាត់ថ្មីបាន។ ប្រសិនបើកូនសោដែលបានបោះពុម្ពបាត់ ឬប្រហែលជាមាននរណាម្នាក់ផ្សេងបានឃើញវា សូមចេញកូនសោថ្មី។',
  'accounts.recovery.issue': 'ចេញកូនសោសង្គ្រោះថ្មី',
  'accounts.recovery.confirmTitle': 'ចេញកូនសោសង្គ្រោះថ្មីឬ?',
  'accounts.recovery.confirm':
    'កូនសោសង្គ្រោះបច្ចុប្បន្ននឹងលែងដំណើរការភ្លាមៗ៖ សូមបំផ្លាញច្បាប់ដែលបានបោះពុម្ពទាំងអស់របស់វា។ កូនសោថ្មីនឹងត្រូវបានបង្ហាញតែម្ដងប៉ុណ្ណោះ ដើម្បីបោះពុម្ព ឬសរសេរទុក ហើយរក្សាទុកក្នុងទូដែករបស់អង្គភាព។',
} as const satisfies Record<keyof typeof en, string>;
