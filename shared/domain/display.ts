import { formatDate, formatDateTime, formatNumber, type Digits, type NumberStyle } from '../i18n/format';
import { isMessageKey, translate, type Language } from '../i18n/translate';
import { isRedaction } from '../schemas/case';
import { DATE_KEY } from '../schemas/date-issues';
import { provinceName } from './provinces';

/** The label list of each coded field, by the field's key (see `shared/domain/lists.ts`). */
const LIST_OF: Record<string, string> = {
  team: 'team',
  offences: 'offence',
  status: 'status',
  sex: 'sex',
  outcome: 'outcome',
  relationship: 'relationship',
  courtStage: 'court',
  referralSource: 'referral',
  onlineOffences: 'online',
  service: 'service',
};

/** The field a path ends in, without row numbers: `suspects.1.courtStage` → `courtStage`. */
const keyOf = (path: string) =>
  path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1) ?? '';

/** The label list for the value at `path`: a `type` is an exhibit's or, inside examinations, an examination's. */
function listOf(path: string): string | undefined {
  const key = keyOf(path);
  if (key === 'type') return path.includes('examinations') ? 'exam' : 'exhibit';
  return LIST_OF[key];
}

/**
 * A stored value of a summary as the officer reads it, in their language and digits: codes as
 * their labels (province names, offences, court stages …), dates day first, numbers in the
 * chosen digits, yes or no, a row of a group as its values joined, a redacted value as who
 * removed it, when and why. The history, the import's conflict screen and prints use this one
 * function, so none of them shows stored codes.
 */
export function displayValue(path: string, value: unknown, style: NumberStyle): string {
  const { language, digits } = style;
  const empty = translate(language, 'history.empty', {}, digits);
  if (value === undefined || value === null || value === '') return empty;
  if (isRedaction(value)) {
    return translate(
      language,
      'history.redacted',
      { by: value.by || '—', at: formatDateTime(value.at, style), reason: value.reason },
      digits,
    );
  }
  if (typeof value === 'boolean') return translate(language, value ? 'common.yes' : 'common.no', {}, digits);
  if (typeof value === 'number') return formatNumber(value, style, { grouping: value >= 10_000 });
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    const rows = value.some((v) => typeof v === 'object' && v !== null);
    return value.map((v) => displayValue(path, v, style)).join(rows ? '; ' : ', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([key, v]) => displayValue(`${path}.${key}`, v, style))
      .join(' · ');
  }
  const text = String(value);
  const key = keyOf(path);
  if (key === 'province') return provinceName(text, language);
  const list = listOf(path);
  if (list && isMessageKey(`${list}.${text}`)) return optionLabel(list, text, language, digits);
  if (DATE_KEY.test(key)) return formatDate(text, style);
  return text;
}

/**
 * A fixed list's label in the officer's language (`court`, `charged` → "Charged"), or the stored
 * code when the catalogue has none: the one option-label lookup. `list` is the catalogue prefix
 * (`team`, `offence`, `court`, `exam`, …, as in the `lists` catalogue fragments).
 */
export function optionLabel(list: string, code: string, language: Language, digits?: Digits): string {
  const key = `${list}.${code}`;
  return isMessageKey(key) ? translate(language, key, {}, digits) : code;
}

/** A field's path in the officer's words: `suspects.1.arrestDate` → "Suspect 2 › Arrest date". */
export function fieldLabel(path: string, style: NumberStyle): string {
  const { language, digits } = style;
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const key = `field.${part}`;
    const label = isMessageKey(key) ? translate(language, key, {}, digits) : part;
    if (next !== undefined && /^\d+$/.test(next)) {
      const number = formatNumber(Number(next) + 1, style);
      out.push(translate(language, 'case.form.item', { what: label, number }, digits));
      i++;
    } else out.push(label);
  }
  return out.join(' › ');
}
