import { provinceByCode } from '../../shared/domain/provinces';
import type { ComparedKey, HeadlineKey, TableKey } from '../../shared/domain/suppression';
import { isMessageKey, translate, type Language } from '../../shared/i18n/translate';

/**
 * English wording of the export files. These keys are not in the catalogue yet; once they
 * are (shared/i18n/en/totals.ts), the catalogue wins, so Khmer arrives without a change here.
 */
const EXPORT_TEXT = {
  'export.totals.title': 'CPU Case Register: totals for {year}',
  'export.suppressed': 'Counts from 1 to {max} are hidden (shown as <{threshold}), and enough other counts that none can be worked out from the totals.',
  'export.unsuppressed': 'No suppression: every count is shown. For use inside the unit only.',
  'export.generatedAt': 'Generated {at}',
  'export.code': 'Code',
  'export.label': 'Label',
  'export.figure': 'Figure',
  'export.value': 'Value',
  'export.formula': 'How it is counted',
  'export.total': 'Total',
  'export.band': 'Age band',
  'export.usd': 'USD',
  'export.change': 'Change from {year} (%)',
  'export.figureIn': '{figure}, {year}',
  'export.figureChange': '{figure}: change from {year} (%)',
  'export.comparison': 'Comparison with {year}',

  'totals.investigations': 'Investigations',
  'totals.investigationsWithArrest': 'Investigations with at least one arrest',
  'totals.suspectsArrested': 'Suspects arrested',
  'totals.arrestRate': 'Arrest rate (%)',
  'totals.childHomicides': 'Child homicides',
  'totals.suspiciousDeaths': 'Suspicious deaths',
  'totals.provincesWithInvestigations': 'Provinces with investigations (capital included)',
  'totals.victims': 'Child victims in investigations',
  'totals.victimsSupported': 'Victims supported (OVA)',
  'totals.familyMembersSupported': 'Family members supported (OVA)',
  'totals.courtAccompaniments': 'Court accompaniments (OVA)',
  'totals.bereavedFamiliesSupported': 'Bereaved families supported (OVA)',
  'totals.exhibits': 'Exhibits (FST)',
  'totals.devicesSeized': 'Devices seized (ICAC)',
  'totals.forensicExams': 'Forensic examinations (ICAC)',
  'totals.victimsIdentified': 'Child victims identified (ICAC)',
  'totals.spending': 'Spending, all teams (USD)',

  'totals.formula.investigations': 'Investigation references whose lead summary (HIT before ICAC) was reported in {year}; each counted once, however many teams’ summaries carry it',
  'totals.formula.investigationsWithArrest': 'Investigations whose lead summary has at least one suspect arrested',
  'totals.formula.suspectsArrested': 'Suspects marked arrested in the investigations’ lead summaries',
  'totals.formula.arrestRate': 'Suspects arrested / investigations × 100, one decimal',
  'totals.formula.childHomicides': 'Investigations whose HIT lead summary is marked child homicide',
  'totals.formula.suspiciousDeaths': 'Investigations whose HIT lead summary is marked suspicious death',
  'totals.formula.provincesWithInvestigations': 'Provinces with at least one investigation',
  'totals.formula.victims': 'Child victims in the HIT lead summaries of the year’s investigations',
  'totals.formula.victimsSupported': 'Sum of “victims supported” in OVA summaries reported in {year}',
  'totals.formula.familyMembersSupported': 'Sum of “family members supported” in OVA summaries reported in {year}',
  'totals.formula.courtAccompaniments': 'Sum of “court accompaniments” in OVA summaries reported in {year}',
  'totals.formula.bereavedFamiliesSupported': 'Sum of “bereaved families supported” in OVA summaries reported in {year}',
  'totals.formula.exhibits': 'Exhibits in FST summaries reported in {year}',
  'totals.formula.devicesSeized': 'Sum of “devices seized” in ICAC summaries reported in {year}',
  'totals.formula.forensicExams': 'Sum of “forensic examinations” in ICAC summaries reported in {year}',
  'totals.formula.victimsIdentified': 'Sum of “child victims identified” in ICAC summaries reported in {year}',
  'totals.formula.spending': 'Sum of the teams’ spending entered for {year}',
  'totals.formula.change': '(this year − previous year) / previous year × 100, one decimal',

  'totals.table.investigationsByLeadTeam': 'Investigations by lead team',
  'totals.table.summariesByTeam': 'Summaries by team',
  'totals.table.byProvince': 'Investigations by province',
  'totals.table.byOffence': 'Investigations by offence (one investigation may have several)',
  'totals.table.relationships': 'Suspects by relationship to the victim',
  'totals.table.courtStages': 'Suspects by court stage',
  'totals.table.services': 'Services given (OVA)',
  'totals.table.examinations': 'Examinations (FST)',
  'totals.table.icacReferrals': 'ICAC summaries by referral source',
  'totals.table.victimsByAgeSex': 'Child victims by age and sex',
  'totals.table.spending': 'Spending by team (USD)',
  'totals.province.unknown': 'Province not recorded',

  'sheet.totals': 'Totals',
  'sheet.investigationsByLeadTeam': 'Lead team',
  'sheet.summariesByTeam': 'Teams',
  'sheet.byProvince': 'Provinces',
  'sheet.byOffence': 'Offences',
  'sheet.relationships': 'Relationships',
  'sheet.courtStages': 'Court stages',
  'sheet.services': 'Services',
  'sheet.examinations': 'Examinations',
  'sheet.icacReferrals': 'ICAC referrals',
  'sheet.victimsByAgeSex': 'Victims by age and sex',
  'sheet.spending': 'Spending',
} as const;
export type ExportTextKey = keyof typeof EXPORT_TEXT;

/** A label in the chosen language: the catalogue first, then the export's own English. */
export function label(language: Language, key: ExportTextKey | string, params: Record<string, string | number> = {}): string {
  const fallback: string | undefined = (EXPORT_TEXT as Record<string, string>)[key];
  return translate(language, isMessageKey(key) || fallback === undefined ? key : fallback, params);
}

/** Which catalogue list each table's row keys come from (`<prefix>.<code>`). */
const ROW_PREFIX: Record<TableKey | 'spending', string> = {
  investigationsByLeadTeam: 'team',
  summariesByTeam: 'team',
  spending: 'team',
  byProvince: 'province',
  byOffence: 'offence',
  relationships: 'relationship',
  courtStages: 'court',
  services: 'service',
  examinations: 'exam',
  icacReferrals: 'referral',
};

export function provinceName(language: Language, code: string | undefined): string {
  const province = code ? provinceByCode(code) : undefined;
  if (!province) return code ? code : label(language, 'totals.province.unknown');
  return language === 'km' ? province.name_km : province.name_en;
}

export function rowLabel(language: Language, table: TableKey | 'spending', key: string): string {
  const prefix = ROW_PREFIX[table];
  return prefix === 'province' ? provinceName(language, key === 'unknown' ? undefined : key) : label(language, `${prefix}.${key}`);
}

export const headlineLabel = (language: Language, key: HeadlineKey | ComparedKey | 'arrestRate' | 'provincesWithInvestigations' | 'spending') =>
  label(language, `totals.${key}`);
