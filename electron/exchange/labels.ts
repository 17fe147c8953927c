import { provinceByCode } from '../../shared/domain/provinces';
import type { ComparedKey, HeadlineKey, TableKey } from '../../shared/domain/suppression';
import { translate, type Language } from '../../shared/i18n/translate';

/** A label of the export files in the chosen language, from the catalogue. */
export function label(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return translate(language, key, params);
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
  return prefix === 'province'
    ? provinceName(language, key === 'unknown' ? undefined : key)
    : label(language, `${prefix}.${key}`);
}

export const headlineLabel = (
  language: Language,
  key: HeadlineKey | ComparedKey | 'arrestRate' | 'arrestShare' | 'provincesWithInvestigations' | 'spending',
) => label(language, `totals.${key}`);
