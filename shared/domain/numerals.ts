/** Khmer digits ០..៩ are U+17E0..U+17E9; officers type them, so every number field accepts them. */
const KHMER_ZERO = 0x17e0;

/**
 * Zero-width characters (spaces, joiners, the word joiner, a byte-order mark): Khmer writers
 * insert them as invisible word breaks, and pasted text carries them. In a number, a date or a
 * reference they are never meant, and the officer cannot see them to take them out.
 */
export const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** Typed text without its zero-width characters. */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

export function toLatinDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + Number(d)));
}

/** Digits, or digits grouped by thousands with commas ("12,500"), at most nine digits. */
const WHOLE = /^(?:\d{1,9}|\d{1,3}(?:,\d{3}){1,2})$/;

/**
 * A whole number typed in Latin or Khmer digits, plain or grouped by thousands with commas
 * as it is shown ("12,500", "១២,៥០០"), with surrounding spaces ignored; `undefined` when the
 * text is not one (a comma out of place is refused, not guessed at).
 */
export function parseWholeNumber(text: string): number | undefined {
  const latin = toLatinDigits(withoutZeroWidth(text).trim());
  return WHOLE.test(latin) ? Number(latin.replaceAll(',', '')) : undefined;
}
