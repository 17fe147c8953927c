import type { exportsText as en } from '../en/exports';

/** Wording of the export files (CSV, XLSX, JSON) that the screens do not use. */
export const exportsText = {
  'export.totals.title': 'ប្រព័ន្ធចុះបញ្ជីករណី CPU៖ តួលេខសរុបសម្រាប់ឆ្នាំ {year}',
  'export.suppressed':
    'ចំនួនពី {min} ដល់ {max} ត្រូវបានលាក់ ព្រមទាំងចំនួន អត្រា និងបម្រែបម្រួលផ្សេងទៀតគ្រប់គ្រាន់ ដើម្បីកុំឱ្យគេអាចគណនារកវាវិញពីអ្វីដែលបានបង្ហាញ។ តួលេខដែលបានលាក់ទាំងអស់បង្ហាញជា x។',
  'export.unsuppressed': 'មិនលាក់ចំនួនណាទេ៖ គ្រប់ចំនួនត្រូវបានបង្ហាញ។ សម្រាប់ប្រើតែក្នុងអង្គភាពប៉ុណ្ណោះ។',
  'export.generatedAt': 'បង្កើតនៅ {at} (ម៉ោងភ្នំពេញ)',
  'export.code': 'លេខកូដ',
  'export.label': 'ឈ្មោះ',
  'export.figure': 'តួលេខ',
  'export.value': 'តម្លៃ',
  'export.formula': 'របៀបរាប់',
  'export.total': 'សរុប',
  'export.band': 'ក្រុមអាយុ',
  'export.usd': 'ដុល្លារអាមេរិក',
  'export.change': 'បម្រែបម្រួលធៀបនឹងឆ្នាំ {year} (%)',
  'export.figureIn': '{figure} ឆ្នាំ {year}',
  'export.figureChange': '{figure}៖ បម្រែបម្រួលធៀបនឹងឆ្នាំ {year} (%)',
  'export.comparison': 'ការប្រៀបធៀបជាមួយឆ្នាំ {year}',
  'sheet.totals': 'តួលេខសរុប',
  'sheet.investigationsByLeadTeam': 'ក្រុមដឹកនាំ',
  'sheet.summariesByTeam': 'ក្រុម',
  'sheet.byProvince': 'ខេត្ត',
  'sheet.byOffence': 'បទល្មើស',
  'sheet.relationships': 'ទំនាក់ទំនង',
  'sheet.courtStages': 'ដំណាក់កាលតុលាការ',
  'sheet.services': 'សេវា',
  'sheet.examinations': 'ការពិនិត្យ',
  'sheet.icacReferrals': 'ការបញ្ជូនរបស់ ICAC',
  'sheet.victimsByAgeSex': 'ជនរងគ្រោះតាមអាយុ និងភេទ',
  'sheet.spending': 'ការចំណាយ',
} as const satisfies Record<keyof typeof en, string>;
