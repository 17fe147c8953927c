import { en, type MessageKey } from './en';
import { km } from './km';

export const LANGUAGES = ['en', 'km'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = Record<MessageKey, string>;

const catalogs: Record<Language, Catalog> = { en, km };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

/**
 * Looks a key up in the chosen language, falling back to English, and fills `{name}`
 * placeholders. A message that is not a key (zod's own wording) is returned as given.
 */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? catalogs[language][key] || en[key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
