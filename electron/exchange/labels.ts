import { translate, type Language } from '../../shared/i18n/translate';

/**
 * A label of the export files in the chosen language, from the catalogue. Province names, list
 * labels and the report's row and figure labels come from their single lookups in `shared/domain`
 * (`provinceName`, `optionLabel`, `rowLabel`), not from here. Its numbers are in Latin digits, as
 * every figure, year and date in the files is (a spreadsheet reads those as numbers): a Khmer
 * label's own "× ១០០" or "ក្រោម ១៥ ឆ្នាំ" beside "2025" would mix the two.
 */
export function label(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return translate(language, key, params, 'latin');
}
