/** Khmer digits ០..៩ are U+17E0..U+17E9; officers type them, so every number field accepts them. */
const KHMER_ZERO = 0x17e0;

export function toLatinDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + Number(d)));
}

/**
 * A whole number typed in Latin or Khmer digits, with surrounding spaces ignored;
 * `undefined` when the text is not one.
 */
export function parseWholeNumber(text: string): number | undefined {
  const latin = toLatinDigits(text.trim());
  return /^\d{1,9}$/.test(latin) ? Number(latin) : undefined;
}
