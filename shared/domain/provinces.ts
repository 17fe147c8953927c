import { z } from 'zod';
import { translate, type Language } from '../i18n/translate';

/**
 * The 25 provinces (24 provinces and the capital), as in `shared/data/provinces.csv`; a unit
 * test keeps the two identical. The two-digit code is the stored key because ISO 3166-2
 * codes are not zero-padded.
 */
export interface Province {
  code: string;
  iso: string;
  name_en: string;
  name_km: string;
  kind: 'province' | 'capital';
}

export const PROVINCES: readonly Province[] = [
  { code: '01', iso: 'KH-1', name_en: 'Banteay Meanchey', name_km: 'បន្ទាយមានជ័យ', kind: 'province' },
  { code: '02', iso: 'KH-2', name_en: 'Battambang', name_km: 'បាត់ដំបង', kind: 'province' },
  { code: '03', iso: 'KH-3', name_en: 'Kampong Cham', name_km: 'កំពង់ចាម', kind: 'province' },
  { code: '04', iso: 'KH-4', name_en: 'Kampong Chhnang', name_km: 'កំពង់ឆ្នាំង', kind: 'province' },
  { code: '05', iso: 'KH-5', name_en: 'Kampong Speu', name_km: 'កំពង់ស្ពឺ', kind: 'province' },
  { code: '06', iso: 'KH-6', name_en: 'Kampong Thom', name_km: 'កំពង់ធំ', kind: 'province' },
  { code: '07', iso: 'KH-7', name_en: 'Kampot', name_km: 'កំពត', kind: 'province' },
  { code: '08', iso: 'KH-8', name_en: 'Kandal', name_km: 'កណ្ដាល', kind: 'province' },
  { code: '09', iso: 'KH-9', name_en: 'Koh Kong', name_km: 'កោះកុង', kind: 'province' },
  { code: '10', iso: 'KH-10', name_en: 'Kratie', name_km: 'ក្រចេះ', kind: 'province' },
  { code: '11', iso: 'KH-11', name_en: 'Mondulkiri', name_km: 'មណ្ឌលគិរី', kind: 'province' },
  { code: '12', iso: 'KH-12', name_en: 'Phnom Penh', name_km: 'ភ្នំពេញ', kind: 'capital' },
  { code: '13', iso: 'KH-13', name_en: 'Preah Vihear', name_km: 'ព្រះវិហារ', kind: 'province' },
  { code: '14', iso: 'KH-14', name_en: 'Prey Veng', name_km: 'ព្រៃវែង', kind: 'province' },
  { code: '15', iso: 'KH-15', name_en: 'Pursat', name_km: 'ពោធិ៍សាត់', kind: 'province' },
  { code: '16', iso: 'KH-16', name_en: 'Ratanakiri', name_km: 'រតនគិរី', kind: 'province' },
  { code: '17', iso: 'KH-17', name_en: 'Siem Reap', name_km: 'សៀមរាប', kind: 'province' },
  { code: '18', iso: 'KH-18', name_en: 'Preah Sihanouk', name_km: 'ព្រះសីហនុ', kind: 'province' },
  { code: '19', iso: 'KH-19', name_en: 'Stung Treng', name_km: 'ស្ទឹងត្រែង', kind: 'province' },
  { code: '20', iso: 'KH-20', name_en: 'Svay Rieng', name_km: 'ស្វាយរៀង', kind: 'province' },
  { code: '21', iso: 'KH-21', name_en: 'Takeo', name_km: 'តាកែវ', kind: 'province' },
  { code: '22', iso: 'KH-22', name_en: 'Oddar Meanchey', name_km: 'ឧត្ដរមានជ័យ', kind: 'province' },
  { code: '23', iso: 'KH-23', name_en: 'Kep', name_km: 'កែប', kind: 'province' },
  { code: '24', iso: 'KH-24', name_en: 'Pailin', name_km: 'ប៉ៃលិន', kind: 'province' },
  { code: '25', iso: 'KH-25', name_en: 'Tboung Khmum', name_km: 'ត្បូងឃ្មុំ', kind: 'province' },
];

export const PROVINCE_CODES = PROVINCES.map((p) => p.code);

/** What stands for "no province recorded" where a province is chosen from a list (the totals' row, the list's filter). */
export const NO_PROVINCE = 'unknown';

/**
 * The provinces' Khmer names in Khmer dictionary order (ICU's `km` collation, as Node sorts
 * them; a test checks it), written out because Chromium carries no Khmer collation data and
 * would sort them otherwise: the form, the list's filter and its sort all show this one order.
 */
const KHMER_ORDER = [
  '08', '23', '03', '04', '06', '05', '07', '09', '10', '21', '25', '01', '02',
  '24', '15', '14', '13', '18', '12', '11', '16', '17', '19', '20', '22',
] as const; // prettier-ignore

/** Provinces in the order officers look for them in a list: by name in the screen's language. */
export const PROVINCES_BY_NAME: Readonly<Record<Language, readonly Province[]>> = {
  en: [...PROVINCES].sort((a, b) => a.name_en.localeCompare(b.name_en, 'en')),
  km: KHMER_ORDER.map((code) => PROVINCES.find((p) => p.code === code) as Province),
};

export const ProvinceCode = z
  .string()
  .refine((code) => PROVINCE_CODES.includes(code), { message: 'v.province.unknown' });

export function provinceByCode(code: string): Province | undefined {
  return PROVINCES.find((p) => p.code === code);
}

/**
 * A province's name in the officer's language: the one lookup every screen, print and file
 * uses. `unknown` (the totals' row for none recorded) and an empty code read "Province not
 * recorded"; a code not in the table is shown as stored.
 */
export function provinceName(code: string | undefined, language: Language): string {
  if (!code || code === NO_PROVINCE) return translate(language, 'totals.province.unknown');
  const province = provinceByCode(code);
  if (!province) return code;
  return language === 'km' ? province.name_km : province.name_en;
}
