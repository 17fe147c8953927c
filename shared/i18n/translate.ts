import { IntlMessageFormat } from 'intl-messageformat';
import { toLatinDigits } from '../domain/numerals';
import { en, type MessageKey } from './en';
import type { Digits } from './format';
import { km } from './km';

export const LANGUAGES = ['en', 'km'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = Record<MessageKey, string>;

const catalogs: Record<Language, Catalog> = { en, km };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

type Params = Record<string, string | number>;

/** `{count, plural, …}`: an ICU plural argument (English has two forms; Khmer needs none). */
const PLURAL = /\{(\w+),\s*plural\s*,/g;
const HAS_PLURAL = /\{\w+,\s*plural\s*,/;
/** The number a plural chooses by, kept apart from the value shown (which is in the officer's digits). */
const SELECTOR = (name: string) => `${name}__n`;

const compiled = new Map<string, IntlMessageFormat>();

/** A param as shown ("1,234", "១២"), read back as the number a plural form is chosen by. */
function countOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  return Number(toLatinDigits(value ?? '').replace(/[^\d.-]/g, '')) || 0;
}

/**
 * A message with plural forms, through ICU MessageFormat (FormatJS's intl-messageformat):
 * the form is chosen by the number, while `{count}` inside it shows the param as the caller
 * formatted it (grouped, in Khmer or Latin digits), so plurals never change how numbers look.
 */
function formatPlural(language: Language, template: string, params: Params): string {
  const key = `${language}\u0000${template}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(
      template.replace(PLURAL, (_whole, name: string) => `{${SELECTOR(name)}, plural,`),
      language,
    );
    compiled.set(key, format);
  }
  const values: Record<string, string | number> = { ...params };
  for (const [, name = ''] of template.matchAll(PLURAL)) values[SELECTOR(name)] = countOf(params[name]);
  return String(format.format(values));
}

/**
 * A message's own numbers in Latin digits: Khmer numbers group thousands with `.` (៣.៦៥០, as
 * `formatNumber` writes them); in Latin digits it is `,` (3,650), as the officer's figures show.
 */
const latinNumbers = (text: string) => toLatinDigits(text.replace(/(?<=[០-៩])\.(?=[០-៩]{3}(?![០-៩]))/gu, ','));

/**
 * Looks a key up in the chosen language, falling back to English, and fills `{name}`
 * placeholders (plural forms where the message has them). A message that is not a key (zod's
 * own wording) is returned as given. With `digits: 'latin'` the message's own numbers ("០ ដល់
 * ៥០០", "× ១០០") are written in Latin digits as the officer chose; Latin digits are never
 * turned into Khmer here, as they also stand in names (SHA-256, AES-256, 7-Zip). Params come
 * already written in the officer's digits.
 */
export function translate(language: Language, key: string, params: Params = {}, digits?: Digits): string {
  const found = isMessageKey(key) ? catalogs[language][key] || en[key] : key;
  const template = digits === 'latin' ? latinNumbers(found) : found;
  if (isMessageKey(key) && HAS_PLURAL.test(template)) {
    try {
      return formatPlural(language, template, params);
    } catch {
      // A param missing from the call: shown as its placeholder below, as any other message's.
    }
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
