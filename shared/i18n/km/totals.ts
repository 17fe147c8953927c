import type { totals as en } from '../en/totals';

/**
 * The Totals screen: figures, formulas, charts, data quality, spending and year close.
 * The figure, formula and table keys are also the export files' labels.
 */
export const totals = {
  'nav.totals': 'តួលេខសរុប',

  'totals.investigations': 'ការស៊ើបអង្កេត',
  'totals.investigationsWithArrest': 'ការស៊ើបអង្កេតដែលមានការចាប់ខ្លួនយ៉ាងហោចណាស់ម្នាក់',
  'totals.suspectsArrested': 'ជនសង្ស័យដែលត្រូវបានចាប់ខ្លួន',
  'totals.arrestRate': 'ជនសង្ស័យដែលត្រូវបានចាប់ខ្លួន ក្នុងការស៊ើបអង្កេត ១០០ («អត្រាចាប់ខ្លួន»)',
  'totals.arrestShare': 'ការស៊ើបអង្កេតដែលមានការចាប់ខ្លួន (%)',
  'totals.childHomicides': 'ឃាតកម្មលើកុមារ',
  'totals.suspiciousDeaths': 'ការស្លាប់គួរឱ្យសង្ស័យ',
  'totals.provincesWithInvestigations': 'ខេត្តដែលមានការស៊ើបអង្កេត (រួមទាំងរាជធានី)',
  'totals.victims': 'កុមាររងគ្រោះក្នុងការស៊ើបអង្កេត',
  'totals.victimsSupported': 'ជនរងគ្រោះដែលបានទទួលជំនួយ (OVA)',
  'totals.familyMembersSupported': 'សមាជិកគ្រួសារដែលបានទទួលជំនួយ (OVA)',
  'totals.courtAccompaniments': 'ការអមដំណើរទៅតុលាការ (OVA)',
  'totals.bereavedFamiliesSupported': 'គ្រួសាររងការបាត់បង់ដែលបានទទួលការគាំទ្រ (OVA)',
  'totals.exhibits': 'វត្ថុតាង (FST)',
  'totals.devicesSeized': 'ឧបករណ៍ដែលបានដកហូត (ICAC)',
  'totals.forensicExams': 'ការពិនិត្យកោសល្យវិច័យ (ICAC)',
  'totals.victimsIdentified': 'កុមាររងគ្រោះដែលបានកំណត់អត្តសញ្ញាណ (ICAC)',
  'totals.spending': 'ការចំណាយរបស់គ្រប់ក្រុម (USD)',

  'totals.formula.investigations':
    'លេខយោងការស៊ើបអង្កេតដែលសេចក្ដីសង្ខេបចម្បង (HIT មុន ICAC) ត្រូវបានរាយការណ៍ក្នុងឆ្នាំ {year}។ នីមួយៗរាប់តែម្ដង ទោះបីមានសេចក្ដីសង្ខេបពីក្រុមប៉ុន្មានក៏ដោយ',
  'totals.formula.investigationsWithArrest': 'ការស៊ើបអង្កេតដែលសេចក្ដីសង្ខេបចម្បងមានជនសង្ស័យត្រូវបានចាប់ខ្លួនយ៉ាងហោចណាស់ម្នាក់',
  'totals.formula.suspectsArrested': 'ជនសង្ស័យដែលបានសម្គាល់ថាត្រូវបានចាប់ខ្លួន ក្នុងសេចក្ដីសង្ខេបចម្បងនៃការស៊ើបអង្កេត',
  'totals.formula.arrestRate':
    'ជនសង្ស័យដែលត្រូវបានចាប់ខ្លួន / ការស៊ើបអង្កេត × ១០០ ទសភាគមួយខ្ទង់។ វាអាចលើស ១០០៖ ការស៊ើបអង្កេតមួយអាចចាប់ខ្លួនជនសង្ស័យច្រើននាក់',
  'totals.formula.arrestShare':
    'ការស៊ើបអង្កេតដែលមានការចាប់ខ្លួនយ៉ាងហោចណាស់ម្នាក់ / ការស៊ើបអង្កេត × ១០០ ទសភាគមួយខ្ទង់៖ មិនដែលលើស ១០០ ទេ',
  'totals.formula.childHomicides': 'ការស៊ើបអង្កេតដែលសេចក្ដីសង្ខេបចម្បងរបស់ HIT ត្រូវបានសម្គាល់ថាជាឃាតកម្មលើកុមារ',
  'totals.formula.suspiciousDeaths': 'ការស៊ើបអង្កេតដែលសេចក្ដីសង្ខេបចម្បងរបស់ HIT ត្រូវបានសម្គាល់ថាជាការស្លាប់គួរឱ្យសង្ស័យ',
  'totals.formula.provincesWithInvestigations': 'ខេត្តដែលមានការស៊ើបអង្កេតយ៉ាងហោចណាស់មួយ',
  'totals.formula.victims': 'កុមាររងគ្រោះក្នុងសេចក្ដីសង្ខេបចម្បងរបស់ HIT នៃការស៊ើបអង្កេតប្រចាំឆ្នាំ',
  'totals.formula.victimsSupported': 'ផលបូកនៃ «ជនរងគ្រោះដែលបានទទួលជំនួយ» ក្នុងសេចក្ដីសង្ខេប OVA ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.familyMembersSupported':
    'ផលបូកនៃ «សមាជិកគ្រួសារដែលបានទទួលជំនួយ» ក្នុងសេចក្ដីសង្ខេប OVA ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.courtAccompaniments': 'ផលបូកនៃ «ការអមដំណើរទៅតុលាការ» ក្នុងសេចក្ដីសង្ខេប OVA ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.bereavedFamiliesSupported':
    'ផលបូកនៃ «គ្រួសាររងការបាត់បង់ដែលបានទទួលការគាំទ្រ» ក្នុងសេចក្ដីសង្ខេប OVA ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.exhibits': 'វត្ថុតាងក្នុងសេចក្ដីសង្ខេប FST ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.devicesSeized': 'ផលបូកនៃ «ឧបករណ៍ដែលបានដកហូត» ក្នុងសេចក្ដីសង្ខេប ICAC ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.forensicExams': 'ផលបូកនៃ «ការពិនិត្យកោសល្យវិច័យ» ក្នុងសេចក្ដីសង្ខេប ICAC ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.victimsIdentified':
    'ផលបូកនៃ «កុមាររងគ្រោះដែលបានកំណត់អត្តសញ្ញាណ» ក្នុងសេចក្ដីសង្ខេប ICAC ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.spending': 'ផលបូកនៃការចំណាយរបស់ក្រុមនានាដែលបានបញ្ចូលសម្រាប់ឆ្នាំ {year}',
  'totals.formula.change': '(ឆ្នាំនេះ − ឆ្នាំមុន) / ឆ្នាំមុន × ១០០ ទសភាគមួយខ្ទង់',
  'totals.formula.investigationsByLeadTeam': 'ការស៊ើបអង្កេតតាមក្រុមនៃសេចក្ដីសង្ខេបចម្បង',
  'totals.formula.summariesByTeam':
    'សេចក្ដីសង្ខេបដែលបានរាយការណ៍ក្នុងឆ្នាំ {year} តាមក្រុម។ ការស៊ើបអង្កេតមួយច្រើនតែមានសេចក្ដីសង្ខេបពីក្រុមច្រើន',
  'totals.formula.byProvince':
    'ការស៊ើបអង្កេតនីមួយៗរាប់តែម្ដង ក្នុងខេត្តនៃសេចក្ដីសង្ខេបចម្បងរបស់វា (ឬនៃសេចក្ដីសង្ខេបផ្សេងទៀតរបស់វា នៅពេលសេចក្ដីសង្ខេបចម្បងគ្មានខេត្ត)',
  'totals.formula.byOffence': 'ការស៊ើបអង្កេតដែលសេចក្ដីសង្ខេបចម្បងមានបទល្មើសនេះ',
  'totals.formula.relationships': 'ជនសង្ស័យក្នុងសេចក្ដីសង្ខេបចម្បងនៃការស៊ើបអង្កេត តាមទំនាក់ទំនងជាមួយជនរងគ្រោះ ពីញឹកញាប់បំផុតទៅតិចបំផុត',
  'totals.formula.courtStages': 'ជនសង្ស័យក្នុងសេចក្ដីសង្ខេបចម្បងនៃការស៊ើបអង្កេត តាមដំណាក់កាលនៅតុលាការ',
  'totals.formula.victimsByAgeSex': 'កុមាររងគ្រោះក្នុងសេចក្ដីសង្ខេបចម្បងរបស់ HIT នៃការស៊ើបអង្កេតប្រចាំឆ្នាំ តាមអាយុគិតជាឆ្នាំ និងភេទ',
  'totals.formula.services': 'សេវាដែលបានកត់ត្រាក្នុងសេចក្ដីសង្ខេប OVA ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.examinations': 'ការពិនិត្យដែលបានកត់ត្រាលើវត្ថុតាងក្នុងសេចក្ដីសង្ខេប FST ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year}',
  'totals.formula.icacReferrals': 'សេចក្ដីសង្ខេប ICAC ដែលបានរាយការណ៍ក្នុងឆ្នាំ {year} តាមប្រភពនៃការបញ្ជូនករណី',

  'totals.table.investigationsByLeadTeam': 'ការស៊ើបអង្កេតតាមក្រុមចម្បង',
  'totals.table.summariesByTeam': 'សេចក្ដីសង្ខេបតាមក្រុម',
  'totals.table.byProvince': 'ការស៊ើបអង្កេតតាមខេត្ត',
  'totals.table.byOffence': 'ការស៊ើបអង្កេតតាមបទល្មើស (ការស៊ើបអង្កេតមួយអាចមានបទល្មើសច្រើន)',
  'totals.table.relationships': 'ជនសង្ស័យតាមទំនាក់ទំនងជាមួយជនរងគ្រោះ',
  'totals.table.courtStages': 'ជនសង្ស័យតាមដំណាក់កាលនៅតុលាការ',
  'totals.table.services': 'សេវាដែលបានផ្ដល់ (OVA)',
  'totals.table.examinations': 'ការពិនិត្យ (FST)',
  'totals.table.icacReferrals': 'សេចក្ដីសង្ខេប ICAC តាមប្រភពនៃការបញ្ជូនករណី',
  'totals.table.victimsByAgeSex': 'កុមាររងគ្រោះតាមអាយុ និងភេទ',
  'totals.table.spending': 'ការចំណាយតាមក្រុម (USD)',
  'totals.province.unknown': 'មិនបានកត់ត្រាខេត្ត',

  'totals.title': 'តួលេខសរុបឆ្នាំ {year}',
  'totals.intro': 'តួលេខនៃរបាយការណ៍ប្រចាំឆ្នាំ ព្រមទាំងរបៀបរាប់តួលេខនីមួយៗ។ ចុចលើតួលេខណាមួយ ដើម្បីមើលសេចក្ដីសង្ខេបដែលនៅពីក្រោយវា។',
  'totals.section.headline': 'តួលេខសំខាន់ៗ',
  'totals.section.investigations': 'ការស៊ើបអង្កេត',
  'totals.section.teams': 'ការងាររបស់ក្រុមនានា',
  'totals.section.quality': 'គុណភាពទិន្នន័យ',
  'totals.section.spending': 'ការចំណាយ',
  'totals.section.year': 'ការបិទឆ្នាំ',
  'totals.empty': 'មិនទាន់មានសេចក្ដីសង្ខេបណាដែលបានរាយការណ៍ក្នុងឆ្នាំ {year} នៅឡើយទេ ដូច្នេះតួលេខទាំងអស់គឺសូន្យ។',

  'totals.formula.arrestRate.worked':
    'អត្រាចាប់ខ្លួន = ជនសង្ស័យដែលត្រូវបានចាប់ខ្លួន ÷ ការស៊ើបអង្កេត = {arrested} ÷ {investigations} = {rate}',
  'totals.formula.arrestRate.none': 'អត្រាចាប់ខ្លួន = ជនសង្ស័យដែលត្រូវបានចាប់ខ្លួន ÷ ការស៊ើបអង្កេត៖ គ្មានការស៊ើបអង្កេត ដូច្នេះគ្មានអត្រា',
  'totals.formula.withArrest.worked': '{share} នៃការស៊ើបអង្កេតទាំង {investigations}',
  'totals.provinces.of': 'ក្នុងចំណោម {count}',
  'totals.previous': '{year}៖ {value}',
  'totals.previousYear': '{year}៖',
  'totals.change': 'បម្រែបម្រួល៖ {change}',
  'totals.formula.change.worked': 'បម្រែបម្រួល = ({current} − {previous}) ÷ {previous} = {change}',
  'totals.formula.change.none': 'គ្មានបម្រែបម្រួល៖ ឆ្នាំ {year} គ្មានតួលេខសម្រាប់ប្រៀបធៀបទេ',
  'totals.notComputed': '—',
  'totals.total': 'សរុប',
  'totals.count': 'ចំនួន',
  'totals.amount': 'ចំនួនទឹកប្រាក់',
  'totals.openFigure': '{label}៖ {value}។ បង្ហាញសេចក្ដីសង្ខេប',
  'totals.rowLabel': '{table}៖ {row}',
  'totals.chart.none': 'សូន្យទាំងអស់។',

  'totals.band.0-5': 'អាយុ ០–៥',
  'totals.band.6-12': 'អាយុ ៦–១២',
  'totals.band.13-14': 'អាយុ ១៣–១៤',
  'totals.band.15-17': 'អាយុ ១៥–១៧',
  'totals.band': 'ក្រុមអាយុ',
  'totals.team.ova': 'ការិយាល័យជំនួយជនរងគ្រោះ (OVA)',
  'totals.team.fst': 'ក្រុមសេវាកោសល្យវិច័យ (FST)',
  'totals.team.icac': 'ក្រុមប្រឆាំងឧក្រិដ្ឋកម្មតាមអ៊ីនធឺណិតលើកុមារ (ICAC)',

  'totals.drill.title': 'សេចក្ដីសង្ខេបនៅពីក្រោយ «{label}»',
  'totals.drill.count': 'សេចក្ដីសង្ខេប {count}',
  'totals.drill.countOne': 'សេចក្ដីសង្ខេប ១',
  'totals.drill.weighted':
    'តួលេខនេះគឺ {value}៖ សេចក្ដីសង្ខេបមួយត្រូវបានរាប់ច្រើនដង នៅពេលវាកត់ត្រាច្រើន (ឧទាហរណ៍ ជនសង្ស័យច្រើននាក់ដែលត្រូវបានចាប់ខ្លួន)។',
  'totals.drill.missing': 'ក្នុងចំណោមនោះ {count} លែងមានក្នុងឯកសារទៀតហើយ (ត្រូវបានដាក់ចូលធុងសំរាម តាំងពីពេលតួលេខសរុបត្រូវបានអាន)។',

  'totals.quality.intro': 'អ្វីដែលអាចធ្វើឱ្យតួលេខសរុបទាំងនេះខុស។ សូមកែតម្រូវ មុននឹងនាំចេញរបាយការណ៍។',
  'totals.quality.none': 'រកមិនឃើញបញ្ហាទេ៖ មិនមានអ្វីដែលដឹងថាអាចធ្វើឱ្យតួលេខសរុបទាំងនេះខុសឡើយ។',
  'totals.quality.found': 'រកឃើញបញ្ហា {count} ប្រភេទ។',
  'totals.quality.refs': 'ពាក់ព័ន្ធ៖ {refs}',
  'totals.quality.more': '{refs} និង {count} ទៀត',
  'totals.quality.show': 'បង្ហាញសេចក្ដីសង្ខេប {count}',
  'totals.quality.showLabel': 'បង្ហាញសេចក្ដីសង្ខេប {count}៖ {check}',
  'totals.quality.showOne': 'បង្ហាញសេចក្ដីសង្ខេប',
  'totals.quality.showOneLabel': 'បង្ហាញសេចក្ដីសង្ខេប៖ {check}',
  'totals.quality.toSpending': 'បញ្ចូលការចំណាយ',
  'totals.quality.no-province': 'សេចក្ដីសង្ខេបដែលគ្មានខេត្ត',
  'totals.quality.no-province.hint': 'ការស៊ើបអង្កេតរបស់វាត្រូវបានរាប់ក្រោម «មិនបានកត់ត្រាខេត្ត»។ សូមបន្ថែមខេត្តទៅក្នុងសេចក្ដីសង្ខេបនីមួយៗ។',
  'totals.quality.support-without-lead':
    'សេចក្ដីសង្ខេបដែលគ្មានសេចក្ដីសង្ខេបចម្បង (គ្មានសេចក្ដីសង្ខេប HIT ឬ ICAC ណាមានលេខយោងរបស់វាទេ)',
  'totals.quality.support-without-lead.hint':
    'ការស៊ើបអង្កេតរបស់វាមិនត្រូវបានរាប់ទេ។ សូមពិនិត្យលេខយោង ឬស្នើឱ្យក្រុមចម្បងកត់ត្រាសេចក្ដីសង្ខេបរបស់ខ្លួន។',
  'totals.quality.several-leads': 'ការស៊ើបអង្កេតដែលមានសេចក្ដីសង្ខេបចម្បងច្រើនជាងមួយ',
  'totals.quality.several-leads.hint':
    'តួលេខយកពីសេចក្ដីសង្ខេបតែមួយប៉ុណ្ណោះ (HIT មុន ICAC បន្ទាប់មកសេចក្ដីសង្ខេបដែលបានរាយការណ៍មុនគេ)។ សូមពិនិត្យថាវាពិតជាការស៊ើបអង្កេតតែមួយមែន។',
  'totals.quality.offence-mismatch': 'លេខយោងដដែលប្រើសម្រាប់បទល្មើសខុសៗគ្នា',
  'totals.quality.offence-mismatch.hint':
    'សេចក្ដីសង្ខេបទាំងនេះគ្មានបទល្មើសណាដូចគ្នានឹងសេចក្ដីសង្ខេបចម្បងនៃការស៊ើបអង្កេតរបស់វាទេ៖ លេខយោងប្រហែលជាខុស។',
  'totals.quality.homicide-not-flagged': 'បទល្មើសឃាតកម្មលើកុមារ ដែលគ្មានការសម្គាល់ថាជាឃាតកម្ម',
  'totals.quality.homicide-not-flagged.hint':
    'សេចក្ដីសង្ខេប HIT ទាំងនេះមានបទល្មើសនេះ ប៉ុន្តែមិនបានសម្គាល់ថាជាឃាតកម្មលើកុមារទេ ដូច្នេះវាមិនត្រូវបានរាប់ជាឃាតកម្មលើកុមារឡើយ។',
  'totals.quality.homicide-offence-missing': 'បានសម្គាល់ថាជាឃាតកម្មលើកុមារ ប៉ុន្តែគ្មានបទល្មើសនេះ',
  'totals.quality.homicide-offence-missing.hint':
    'សេចក្ដីសង្ខេប HIT ទាំងនេះត្រូវបានរាប់ជាឃាតកម្មលើកុមារ ប៉ុន្តែមិនមានបទល្មើសនេះទេ។ សូមបន្ថែមបទល្មើស ឬដកការសម្គាល់ចេញ។',
  'totals.quality.homicide-victim-age': 'បានរាប់ជាឃាតកម្មលើកុមារ ប៉ុន្តែគ្មានជនរងគ្រោះដែលបានស្លាប់ណាម្នាក់អាយុក្រោម ១៥ ឆ្នាំទេ',
  'totals.quality.homicide-victim-age.hint':
    'ឃាតកម្មលើកុមារ គឺលើកុមារអាយុក្រោម ១៥ ឆ្នាំ។ នៅក្នុងសេចក្ដីសង្ខេប HIT ទាំងនេះ ជនរងគ្រោះដែលបានស្លាប់ទាំងអស់មានអាយុពី ១៥ ដល់ ១៧ ឆ្នាំ៖ សូមពិនិត្យអាយុ ឬដកការសម្គាល់ចេញ។',
  'totals.quality.arrest-without-date': 'ការចាប់ខ្លួនដែលគ្មានកាលបរិច្ឆេទ',
  'totals.quality.arrest-without-date.hint': 'ជនសង្ស័យត្រូវបានសម្គាល់ថាបានចាប់ខ្លួន ប៉ុន្តែគ្មានកាលបរិច្ឆេទចាប់ខ្លួន។ សូមបន្ថែមកាលបរិច្ឆេទ។',
  'totals.quality.duplicate-case-code': 'លេខកូដករណីដដែលនៅលើសេចក្ដីសង្ខេបផ្សេងៗគ្នា',
  'totals.quality.duplicate-case-code.hint':
    'សេចក្ដីសង្ខេបពីរមានលេខកូដករណីតែមួយ (ជាញឹកញាប់បន្ទាប់ពីការនាំចូល)។ វាប្រហែលជាករណីតែមួយដែលត្រូវបានរាប់ពីរដង។',
  'totals.quality.spending-missing': 'មិនទាន់បានបញ្ចូលការចំណាយសម្រាប់ឆ្នាំនេះ',
  'totals.quality.spending-missing.hint': 'របាយការណ៍បង្ហាញការចំណាយរបស់ក្រុមនីមួយៗ។ សូមបញ្ចូលវានៅខាងក្រោម។',

  'totals.spending.intro':
    'ការចំណាយរបស់ក្រុមនីមួយៗក្នុងឆ្នាំ {year} គិតជាដុល្លារអាមេរិកគត់ (អាចប្រើលេខខ្មែរបាន)។ ទុកក្រុមណាមួយឱ្យទទេ ប្រសិនបើមិនដឹង។',
  'totals.spending.team': '{team} (USD)',
  'totals.quality.spending-incomplete': 'មិនទាន់បានបញ្ចូលការចំណាយរបស់ក្រុមខ្លះ',
  'totals.quality.spending-incomplete.hint':
    'សរុបក្នុងរបាយការណ៍គិតតែក្រុមដែលបានបញ្ចូលប៉ុណ្ណោះ។ សូមបញ្ចូលក្រុមផ្សេងទៀតនៅខាងក្រោម ឬទុកវាឱ្យទទេ ប្រសិនបើមិនដឹង។',
  'totals.spending.notEntered': 'មិនបានបញ្ចូល',
  'totals.spending.totalEntered': 'សរុបនៃក្រុមដែលបានបញ្ចូល',
  'totals.spending.save': 'រក្សាទុកការចំណាយ',
  'totals.spending.saved': 'បានរក្សាទុកការចំណាយសម្រាប់ឆ្នាំ {year}។',
  'totals.spending.closed': 'ឆ្នាំនេះត្រូវបានបិទ៖ សូមបើកវាឡើងវិញ ដើម្បីផ្លាស់ប្ដូរការចំណាយ។',

  'totals.year.intro':
    'បិទឆ្នាំនៅពេលរបាយការណ៍ប្រចាំឆ្នាំត្រូវបានចេញផ្សាយ៖ បន្ទាប់មកសេចក្ដីសង្ខេបរបស់ឆ្នាំនោះមិនអាចផ្លាស់ប្ដូរបានទៀតទេ ដូច្នេះរបាយការណ៍នៅតែត្រឹមត្រូវ។ ការបើកឡើងវិញត្រូវការមូលហេតុ ហើយត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុ។',
  'totals.year.open': 'ឆ្នាំ {year} កំពុងបើក៖ សេចក្ដីសង្ខេបរបស់ឆ្នាំនេះអាចផ្លាស់ប្ដូរបាន។',
  'totals.year.closedBanner':
    'ឆ្នាំ {year} ត្រូវបានបិទតាំងពី {at} (ដោយ {by})។ សេចក្ដីសង្ខេបរបស់ឆ្នាំនេះមិនអាចផ្លាស់ប្ដូរបានទេ រហូតដល់ឆ្នាំនេះត្រូវបានបើកឡើងវិញ។',
  'totals.year.close': 'បិទឆ្នាំ {year}',
  'totals.year.close.title': 'បិទឆ្នាំ {year}?',
  'totals.year.close.body':
    'បន្ទាប់ពីនេះ សេចក្ដីសង្ខេបរបស់ឆ្នាំ {year} មិនអាចផ្លាស់ប្ដូរ បន្ថែម ឬលុបបានទេ រហូតដល់អ្នកសម្របសម្រួលបើកឆ្នាំនេះឡើងវិញដោយមានមូលហេតុ។ ឈ្មោះរបស់អ្នកត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុ។',
  'totals.year.close.bodyProblems':
    'បន្ទាប់ពីនេះ សេចក្ដីសង្ខេបរបស់ឆ្នាំ {year} មិនអាចផ្លាស់ប្ដូរ បន្ថែម ឬលុបបានទេ រហូតដល់អ្នកសម្របសម្រួលបើកឆ្នាំនេះឡើងវិញដោយមានមូលហេតុ។ ឈ្មោះរបស់អ្នកត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុ។ ការត្រួតពិនិត្យគុណភាពទិន្នន័យនៅតែរកឃើញបញ្ហា {count} ប្រភេទ។',
  'totals.year.closed': 'ឆ្នាំ {year} ត្រូវបានបិទ។',
  'totals.year.closedOn': 'បានបិទនៅ {at} ដោយ {by}។',
  'totals.year.reason': 'មូលហេតុនៃការបើកឡើងវិញ (កត់ត្រាក្នុងកំណត់ហេតុ)',
  'totals.year.reopen': 'បើកឆ្នាំ {year} ឡើងវិញ',
  'totals.year.reopened': 'ឆ្នាំ {year} ត្រូវបានបើកឡើងវិញ។',
  'totals.year.log': 'កំណត់ហេតុ',
  'totals.year.logEmpty': 'មិនទាន់មានអ្វីត្រូវបានកត់ត្រានៅឡើយទេ។',
  'totals.year.log.closed': '{at}៖ បិទដោយ {by}',
  'totals.year.log.reopened': '{at}៖ បើកឡើងវិញដោយ {by}។ មូលហេតុ៖ {reason}',
  'totals.year.log.spending': '{at}៖ ការចំណាយត្រូវបានផ្លាស់ប្ដូរដោយ {by}',
} as const satisfies Record<keyof typeof en, string>;
