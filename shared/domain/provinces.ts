import { z } from 'zod';
import provincesCsv from '../data/provinces.csv?raw';

/**
 * The 25 provinces (24 provinces and the capital). The CSV is the single source; the
 * two-digit code is the stored key because ISO 3166-2 codes are not zero-padded.
 */
const ProvinceRow = z.strictObject({
  code: z.string().regex(/^\d{2}$/),
  iso: z.string().regex(/^KH-\d{1,2}$/),
  name_en: z.string().min(1),
  name_km: z.string().min(1),
  kind: z.enum(['province', 'capital']),
});
export type Province = z.infer<typeof ProvinceRow>;

function parseCsv(text: string): Province[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return ProvinceRow.parse(Object.fromEntries(keys.map((key, i) => [key, cells[i]])));
  });
}

export const PROVINCES: readonly Province[] = parseCsv(provincesCsv);
export const PROVINCE_CODES = PROVINCES.map((p) => p.code);

export const ProvinceCode = z
  .string()
  .refine((code) => PROVINCE_CODES.includes(code), { message: 'v.province.unknown' });

export function provinceByCode(code: string): Province | undefined {
  return PROVINCES.find((p) => p.code === code);
}
