import type { caseList as en } from '../en/case-list';

/** The cases list, the investigation view and the bin. */
export const caseList = {
  'case.list.title': 'សេចក្ដីសង្ខេបឆ្នាំ {year}',
  'case.list.year': 'ឆ្នាំ',
  'case.list.empty': 'មិនទាន់មានសេចក្ដីសង្ខេបសម្រាប់ឆ្នាំនេះនៅឡើយទេ។',
  'case.list.noMatch': 'គ្មានសេចក្ដីសង្ខេបណាត្រូវនឹងតម្រងទាំងនេះទេ។',
  'case.list.count': 'សេចក្ដីសង្ខេប {count}',
  'case.list.countFiltered': 'សេចក្ដីសង្ខេប {shown} ក្នុងចំណោម {count}',
  'case.list.filters': 'តម្រង',
  'case.list.search': 'ស្វែងរក',
  'case.list.searchHint':
    'ផ្នែកណាមួយនៃលេខកូដករណី លេខយោងការស៊ើបអង្កេត ខេត្ត ឬបទល្មើស (តាមឈ្មោះ ជាភាសាអង់គ្លេស ឬខ្មែរ) ស្រុក/ខណ្ឌ ខ្លឹមសារសង្ខេប ឬឈ្មោះមន្ត្រី។',
  'case.list.clearFilters': 'សម្អាតតម្រង',
  'case.list.openCase': 'បើក {code}',
  'case.list.openInvestigation': 'សេចក្ដីសង្ខេបទាំងអស់នៃ {ref}',
  'case.list.savedByOn': '{by}, {at}',

  'case.filter.team': 'ក្រុម',
  'case.filter.province': 'ខេត្ត/រាជធានី',
  'case.filter.status': 'ស្ថានភាព',
  'case.filter.offence': 'បទល្មើស',
  'case.filter.all': 'ទាំងអស់',

  'case.column.code': 'លេខកូដករណី',
  'case.column.ref': 'ការស៊ើបអង្កេត',
  'case.column.team': 'ក្រុម',
  'case.column.dateReported': 'ថ្ងៃរាយការណ៍',
  'case.column.province': 'ខេត្ត/រាជធានី',
  'case.column.status': 'ស្ថានភាព',
  'case.column.offences': 'បទល្មើស',
  'case.column.updatedBy': 'រក្សាទុកចុងក្រោយដោយ',
  'case.column.updatedAt': 'រក្សាទុកចុងក្រោយ',
  'case.column.deletedAt': 'ដាក់ចូលធុងសំរាម',

  'investigation.title': 'ការស៊ើបអង្កេត {ref}',
  'investigation.intro': 'សេចក្ដីសង្ខេបរបស់គ្រប់ក្រុមដែលមានលេខយោងនេះ ពីគ្រប់ឆ្នាំ។',
  'investigation.none': 'គ្មានសេចក្ដីសង្ខេបណាមានលេខយោងនេះទេ។',
  'investigation.teamNone': 'គ្មានសេចក្ដីសង្ខេប {team} ទេ។',
  'investigation.noLead':
    'ការស៊ើបអង្កេតនេះមានសេចក្ដីសង្ខេបគាំទ្រ (FST ឬ OVA) ប៉ុន្តែគ្មានសេចក្ដីសង្ខេបចម្បងពី HIT ឬ ICAC ទេ។ សូមពិនិត្យលេខយោង ឬស្នើឱ្យក្រុមចម្បងកត់ត្រាសេចក្ដីសង្ខេបរបស់ខ្លួន។',
  'investigation.back': 'ត្រឡប់ទៅបញ្ជីវិញ',

  'case.prefill.team': 'ក្រុម',
  'case.prefill.start': 'សេចក្ដីសង្ខេបថ្មីសម្រាប់ការស៊ើបអង្កេតនេះ',
  'case.prefill.carried':
    'ចាប់ផ្ដើមពីការស៊ើបអង្កេត {ref}៖ លេខយោង កាលបរិច្ឆេទ ខេត្ត ស្រុក/ខណ្ឌ និងបទល្មើសរបស់វាត្រូវបានបំពេញរួចហើយ។ សូមពិនិត្យវាសម្រាប់សេចក្ដីសង្ខេបនេះ។',
  'case.prefill.refOnly': 'ចាប់ផ្ដើមពីការស៊ើបអង្កេត {ref}៖ លេខយោងរបស់វាត្រូវបានបំពេញរួចហើយ។',
  'case.prefill.secondLead':
    'ការស៊ើបអង្កេត {ref} មានសេចក្ដីសង្ខេបចម្បង (HIT ឬ ICAC) រួចហើយ។ សេចក្ដីសង្ខេប {team} ទីពីរនឹងធ្វើឱ្យចំនួនសរុបជ្រើសរើសតែមួយក្នុងចំណោមពួកវា៖ សូមពិនិត្យថាវាពិតជាសេចក្ដីសង្ខេបចម្បង ឬជ្រើសរើសក្រុមគាំទ្រ។',
  'case.prefill.draft.title': 'រក្សាសេចក្ដីព្រាងរបស់អ្នក ឬចាប់ផ្ដើមពីការស៊ើបអង្កេត {ref}?',
  'case.prefill.draft.body':
    'សេចក្ដីព្រាងនៃសេចក្ដីសង្ខេប {team} ថ្មី ដែលមិនទាន់បានរក្សាទុក ត្រូវបានរក្សាទុកតាំងពី {time}។ រក្សាវាទុកដើម្បីបន្តធ្វើការលើវា ឬបោះបង់វា ហើយចាប់ផ្ដើមពីការស៊ើបអង្កេត {ref} ដោយមានលេខយោង កាលបរិច្ឆេទ ខេត្ត និងបទល្មើសរបស់វាបំពេញរួច។',
  'case.prefill.draft.keep': 'រក្សាសេចក្ដីព្រាងរបស់ខ្ញុំ',
  'case.prefill.draft.start': 'បោះបង់វា ហើយចាប់ផ្ដើមពី {ref}',
  'case.prefill.draft.kept': 'សេចក្ដីព្រាងរបស់អ្នកត្រូវបានបង្ហាញ មិនមែនព័ត៌មានរបស់ការស៊ើបអង្កេត {ref} ទេ។',
  'case.prefill.draft.startInstead': 'ចាប់ផ្ដើមពីការស៊ើបអង្កេត {ref} ជំនួសវិញ',

  'bin.title': 'ធុងសំរាម',
  'bin.intro': 'សេចក្ដីសង្ខេបដែលបានដាក់ចូលធុងសំរាម។ វាមិនត្រូវបានរាប់បញ្ចូលក្នុងបញ្ជី និងតួលេខសរុបទេ រហូតដល់ត្រូវបានស្ដារឡើងវិញ។',
  'bin.empty': 'ធុងសំរាមទទេសម្រាប់ឆ្នាំនេះ។',
  'bin.restore': 'ស្ដារឡើងវិញ',
  'bin.restore.title': 'ស្ដារ {code} ឡើងវិញ?',
  'bin.restore.body': 'វានឹងត្រឡប់ទៅក្នុងបញ្ជី និងតួលេខសរុបប្រចាំឆ្នាំវិញ ហើយការស្ដារនេះត្រូវបានកត់ត្រាក្នុងប្រវត្តិរបស់វា។',
  'bin.otherTeam': 'ស្ដារឡើងវិញដោយមន្ត្រីក្រុម {team}',
  'bin.restored': 'សេចក្ដីសង្ខេប {code} ត្រូវបានស្ដារឡើងវិញ។',
} as const satisfies Record<keyof typeof en, string>;
